package io.masthead.search.lucene;

import io.agroal.api.AgroalDataSource;
import io.masthead.search.SearchCursor;
import io.masthead.search.SearchEngine;
import io.masthead.search.SearchHit;
import io.masthead.search.SearchRequest;
import io.masthead.search.SearchResults;
import io.masthead.search.SearchScope;
import io.masthead.search.SearchSort;
import io.masthead.config.MastheadConfig;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Search on embedded H2 builds, over {@link LuceneIndex}. Best match first is BM25 over headline,
 * dek and body (headline weighs most) for the best hundred matches, weighed by recency
 * ({@link RescoredWindow}); newest first pages through every match. Either way ties go to the
 * higher id, so a cursor pages through a result list exactly once.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = true)
public class LuceneSearch implements SearchEngine {

    private final LuceneIndex index;
    private final AgroalDataSource dataSource;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    /** How long a commit waits for the index to take it in before the caches are purged. */
    private final Duration indexWait;

    LuceneSearch(LuceneIndex index, AgroalDataSource dataSource, MastheadConfig config) {
        this.index = index;
        this.dataSource = dataSource;
        this.indexWait = config.search().indexWait();
    }

    @Override
    public SearchResults search(SearchRequest request, SearchScope scope) {
        List<LuceneQueries.Weighted> fields = scope.newsroom() ? LuceneQueries.NEWSROOM_FIELDS : LuceneQueries.READER_FIELDS;
        Query text = LuceneQueries.matching(request.query(), fields);
        if (text == null) {
            return SearchResults.NONE;
        }
        String dateField = scope.newsroom() ? ArticleDocuments.MODIFIED : ArticleDocuments.PUBLISHED;
        BooleanQuery.Builder built = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (!scope.newsroom()) {
            built.add(LuceneQueries.UNLISTED, Occur.MUST_NOT);
        }
        LuceneQueries.filters(request.filters(), scope, dateField).forEach(f -> built.add(f, Occur.FILTER));
        Query query = built.build();
        Page page;
        try {
            page = index.withSearcher(s -> request.sort() == SearchSort.RELEVANCE
                    ? RescoredWindow.page(s, query, dateField, request) : newest(s, query, dateField, request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SearchResults(hits(page.ids(), LuceneQueries.marking(request.query(), fields)), page.total(),
                page.lowerBound(), page.next());
    }

    /** The article ids of one page, the count (exact up to the bound) and the next page's cursor. */
    record Page(List<Long> ids, long total, boolean lowerBound, SearchCursor next) {

        static Page of(List<Long> ids, TotalHits hits, SearchCursor next) {
            // Lucene counts exactly up to the bound, then stops counting; past it the page says "more than".
            boolean lowerBound = hits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                    || hits.value > SearchResults.COUNT_BOUND;
            return new Page(ids, lowerBound ? SearchResults.COUNT_BOUND : hits.value, lowerBound, next);
        }
    }

    /** Newest first through every match: Lucene sorts on the date's points and doc values and stops after a page. */
    private static Page newest(IndexSearcher searcher, Query query, String dateField, SearchRequest request)
            throws IOException {
        Sort sort = new Sort(LongField.newSortField(dateField, true, SortedNumericSelector.Type.MIN),
                LongField.newSortField(ArticleDocuments.ID, true, SortedNumericSelector.Type.MIN));
        SearchCursor cursor = request.after();
        int maxDoc = searcher.getIndexReader().maxDoc();
        // The document number breaks ties after every sort field; ids are unique, so only the
        // cursor's own article ties, and the last document number puts it before the page.
        FieldDoc after = cursor == null || maxDoc == 0 ? null
                : new FieldDoc(maxDoc - 1, Float.NaN, new Object[] {cursor.atMicros(), cursor.id()});
        TopFieldDocs top = searcher.searchAfter(after, query, request.size() + 1, sort, false);
        List<Long> ids = new ArrayList<>();
        SearchCursor next = null;
        for (int i = 0; i < Math.min(request.size(), top.scoreDocs.length); i++) {
            FieldDoc doc = (FieldDoc) top.scoreDocs[i];
            ids.add((Long) doc.fields[1]);
            if (top.scoreDocs.length > request.size() && i == request.size() - 1) {
                next = new SearchCursor(SearchSort.NEWEST, 0, 0, (Long) doc.fields[0], (Long) doc.fields[1]);
            }
        }
        return Page.of(ids, top.totalHits, next);
    }

    private List<SearchHit> hits(List<Long> ids, Query text) {
        Map<Long, LuceneHighlights.Texts> texts;
        try (Connection c = dataSource.getConnection()) {
            texts = LuceneHighlights.load(c, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the articles found", e);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (long id : ids) {
            LuceneHighlights.Texts found = texts.get(id);
            if (found != null) {
                hits.add(LuceneHighlights.hit(id, found, text));
            }
        }
        return hits;
    }

    @Override
    public Optional<String> closestWord(String word) {
        try {
            SuggestWord[] suggestions = index.withSearcher(s -> spelling.suggestSimilar(
                    new Term(ArticleDocuments.WORDS, word), 1, s.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
            return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void contentChanged() {
        index.changed(indexWait);
    }

    @Override
    public void awaitCurrent() {
        index.awaitCurrent();
    }
}
