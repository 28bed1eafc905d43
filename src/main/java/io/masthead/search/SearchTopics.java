package io.masthead.search;

import io.masthead.article.ArticleAuthor;
import io.masthead.author.Author;
import io.masthead.delivery.DataCache;
import io.masthead.delivery.Reach;
import io.masthead.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tags and people a query names, linked above the results: tags whose name is the query, and
 * authors whose name holds every word of it ("calloway", "ruth calloway"). Only those with a
 * published article, so a tag created by an unpublished draft is never revealed. Every search asks,
 * so neither costs a scan: the tag is an index lookup of its lower-cased name (V43), the people are
 * matched against the masthead's names, read once per change (a newsroom's authors are a few hundred).
 */
@ApplicationScoped
public class SearchTopics {

    private static final int MAX_SHOWN = 3;

    /** A tag or a person as the page links it. */
    public record Link(String name, String url, String slug) {
    }

    public record Matches(List<Link> tags, List<Link> people) {
        public boolean isEmpty() {
            return tags.isEmpty() && people.isEmpty();
        }
    }

    static final Matches NONE = new Matches(List.of(), List.of());

    private record Person(long id, Link link, Set<String> words) {
    }

    private final DataCache data;

    SearchTopics(DataCache data) {
        this.data = data;
    }

    public Matches find(SearchQuery query) {
        if (query.isEmpty() || !query.excluded().isEmpty() || query.required().stream().anyMatch(g -> g.alternatives().size() > 1)) {
            return NONE;
        }
        String name = query.requiredTerms().stream().map(SearchQuery.Term::text).collect(Collectors.joining(" "));
        List<String> words = words(name);
        if (words.isEmpty() || words.size() > 4) {
            return NONE;
        }
        List<Link> tags = Tag.findPublicByName(name, MAX_SHOWN).stream().map(t -> new Link(t.name, t.url(), t.slug)).toList();
        return new Matches(tags, people(words));
    }

    private List<Link> people(List<String> words) {
        List<Person> everyone = data.get("search-people", Reach.SHARED, () -> Author.<Author>list("order by name").stream()
                .map(a -> new Person(a.id, new Link(a.name, a.url(), a.slug), Set.copyOf(words(a.name)))).toList());
        return everyone.stream()
                .filter(p -> p.words().containsAll(words))
                .filter(p -> ArticleAuthor.find("author.id = ?1 and listedAt is not null", p.id()).firstResultOptional().isPresent())
                .limit(MAX_SHOWN)
                .map(Person::link)
                .toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
