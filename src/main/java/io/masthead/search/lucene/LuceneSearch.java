package io.masthead.search.lucene;

import io.agroal.api.AgroalDataSource;
import io.masthead.search.SearchCursor;
import io.masthead.search.SearchEngine;
import io.masthead.search.SearchHit;
import io.masthead.search.SearchRequest;
import io.masthead.search.SearchResults;
import io.masthead.search.SearchScope;
import io.masthead.search.SearchSort;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Search on embedded H2 builds, over {@link LuceneIndex}. Relevance is BM25 over headline, dek
 * and body (headline weighs most) plus a recency feature (today adds the most, a month-old story
 * half of it), which Lucene can rank without scoring every match. Ties go to the higher id, so a
 * cursor of (score, id) pages through a result list exactly once.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = true)
public class LuceneSearch implements SearchEngine {

    /** What recency adds at most to a score; a strong headline match scores ten or more. */
    static final float RECENCY_WEIGHT = 2f;
    /** The age at which recency adds half of its weight. */
    static final long RECENCY_PIVOT_MICROS = 30L * 24 * 3600 * 1_000_000;

    private final LuceneIndex index;
    private final AgroalDataSource dataSource;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    LuceneSearch(LuceneIndex index, AgroalDataSource dataSource) {
        this.index = index;
        this.dataSource = dataSource;
    }

    @Override
    public SearchResults search(SearchRequest request, SearchScope scope) {
        List<LuceneQueries.Weighted> fields = scope.newsroom() ? LuceneQueries.NEWSROOM_FIELDS : LuceneQueries.READER_FIELDS;
        Query text = LuceneQueries.text(request.query(), fields);
        if (text == null) {
            return SearchResults.NONE;
        }
        String dateField = scope.newsroom() ? ArticleDocuments.MODIFIED : ArticleDocuments.PUBLISHED;
        boolean relevance = request.sort() == SearchSort.RELEVANCE;
        long origin = request.after() != null && relevance ? request.after().originMillis() : System.currentTimeMillis();
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        LuceneQueries.filters(request.filters(), scope, dateField).forEach(f -> query.add(f, Occur.FILTER));
        if (relevance) {
            query.add(LongField.newDistanceFeatureQuery(dateField, RECENCY_WEIGHT, origin * 1_000, RECENCY_PIVOT_MICROS),
                    Occur.SHOULD);
        }
        SortField byId = LongField.newSortField(ArticleDocuments.ID, true, SortedNumericSelector.Type.MIN);
        Sort sort = relevance ? new Sort(SortField.FIELD_SCORE, byId)
                : new Sort(LongField.newSortField(dateField, true, SortedNumericSelector.Type.MIN), byId);
        TopFieldDocs top;
        try {
            top = index.withSearcher(s -> s.searchAfter(after(request.after(), s.getIndexReader().maxDoc()),
                    query.build(), request.size() + 1, sort, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results(request, top, text, origin);
    }

    private static FieldDoc after(SearchCursor cursor, int maxDoc) {
        if (cursor == null || maxDoc == 0) {
            return null;
        }
        // The document number breaks ties after every sort field; ids are unique, so only the
        // cursor's own article ties, and the last document number puts it before the page.
        int last = maxDoc - 1;
        return cursor.sort() == SearchSort.RELEVANCE
                ? new FieldDoc(last, (float) cursor.score(), new Object[] {(float) cursor.score(), cursor.id()})
                : new FieldDoc(last, Float.NaN, new Object[] {cursor.atMicros(), cursor.id()});
    }

    private SearchResults results(SearchRequest request, TopFieldDocs top, Query text, long origin) {
        List<FieldDoc> docs = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            docs.add((FieldDoc) doc);
        }
        SearchCursor next = null;
        if (docs.size() > request.size()) {
            docs = docs.subList(0, request.size());
            FieldDoc last = docs.get(docs.size() - 1);
            long id = (Long) last.fields[1];
            next = request.sort() == SearchSort.RELEVANCE
                    ? SearchCursor.relevance(origin, (Float) last.fields[0], id)
                    : new SearchCursor(SearchSort.NEWEST, 0, 0, (Long) last.fields[0], id);
        }
        List<Long> ids = docs.stream().map(d -> (Long) d.fields[1]).toList();
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
        // Lucene counts exactly up to the bound, then stops counting; past it the page says "more than".
        boolean lowerBound = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                || top.totalHits.value > SearchResults.COUNT_BOUND;
        long total = lowerBound ? SearchResults.COUNT_BOUND : top.totalHits.value;
        return new SearchResults(hits, total, lowerBound, next);
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
        index.changed();
    }

    @Override
    public void awaitCurrent() {
        index.awaitCurrent();
    }
}
