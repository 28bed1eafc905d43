package io.masthead.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Search as readers get it: published articles only, and a spelling correction when nothing was found. */
@ApplicationScoped
public class ReaderSearch {

    /** Words worth correcting: letters only, long enough to have a likely neighbour. */
    private static final Pattern CORRECTABLE = Pattern.compile("\\p{L}{3,40}");

    private final SearchEngine engine;

    ReaderSearch(SearchEngine engine) {
        this.engine = engine;
    }

    public SearchResults search(SearchRequest request) {
        if (request.query().isEmpty()) {
            return SearchResults.NONE;
        }
        return engine.search(request, SearchScope.PUBLIC);
    }

    /**
     * The query with each misspelt word replaced by the closest word of the published articles'
     * vocabulary, offered only when that query finds published articles (with the same filters):
     * a suggestion never leads to nothing, and never reveals a word that only an unpublished piece holds.
     */
    public Optional<Correction> correction(SearchQuery query, SearchFilters filters) {
        List<SearchQuery.Term> words = query.requiredTerms().stream()
                .filter(t -> !t.phrase() && CORRECTABLE.matcher(t.text()).matches())
                .sorted(Comparator.comparingInt(SearchQuery.Term::start))
                .toList();
        List<Highlight.Part> shown = new ArrayList<>();
        int at = 0;
        boolean changed = false;
        for (SearchQuery.Term word : words) {
            String lower = word.text().toLowerCase(Locale.ROOT);
            Optional<String> better = engine.closestWord(lower).filter(w -> !w.equals(lower));
            if (better.isPresent()) {
                shown.add(new Highlight.Part(query.text().substring(at, word.start()), false));
                shown.add(new Highlight.Part(better.get(), true));
                at = word.end();
                changed = true;
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        shown.add(new Highlight.Part(query.text().substring(at), false));
        Highlight display = new Highlight(shown.stream().filter(p -> !p.text().isEmpty()).toList());
        String corrected = display.text();
        SearchRequest check = new SearchRequest(SearchQuery.parse(corrected), filters, SearchSort.RELEVANCE, null, 1);
        return search(check).hits().isEmpty() ? Optional.empty() : Optional.of(new Correction(corrected, display));
    }
}
