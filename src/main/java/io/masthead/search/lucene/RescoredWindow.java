package io.masthead.search.lucene;

import io.masthead.search.SearchCursor;
import io.masthead.search.SearchRequest;
import io.masthead.search.SearchResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Best match first: the {@value #WINDOW} best matches by their words (BM25, which Lucene finds without
 * scoring every match of a common word), each score then divided by 1 + the article's age in
 * years, as PostgreSQL builds weigh it, and sorted by that, ties to the higher id. A recency
 * feature inside the query would have made Lucene score every match. The cursor carries the score
 * and id of the page's last hit and the moment ages are counted from, so the next page continues
 * the same order.
 */
final class RescoredWindow {

    /** Matches ranked for best-match order (counts go on up to {@link SearchResults#COUNT_BOUND}). */
    static final int WINDOW = 100;
    private static final double YEAR_MICROS = 365d * 86_400 * 1_000_000;

    private record Scored(long id, double score) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Comparator.comparingLong(Scored::id).reversed());

    private RescoredWindow() {
    }

    static LuceneSearch.Page page(IndexSearcher searcher, Query query, String dateField, SearchRequest request)
            throws IOException {
        SearchCursor after = request.after();
        long origin = after != null ? after.originMillis() : System.currentTimeMillis();
        TopDocs top = searcher.search(query, WINDOW);
        List<Scored> ranked = rescore(searcher.getIndexReader(), top.scoreDocs, dateField, origin * 1_000);
        ranked.sort(BEST_FIRST);
        int from = 0;
        if (after != null) {
            Scored last = new Scored(after.id(), after.score());
            while (from < ranked.size() && BEST_FIRST.compare(ranked.get(from), last) <= 0) {
                from++;
            }
        }
        List<Scored> shown = ranked.subList(from, Math.min(ranked.size(), from + request.size()));
        SearchCursor next = null;
        if (from + request.size() < ranked.size() && !shown.isEmpty()) {
            Scored last = shown.get(shown.size() - 1);
            next = SearchCursor.relevance(origin, last.score(), last.id());
        }
        return LuceneSearch.Page.of(shown.stream().map(Scored::id).toList(), top.totalHits, next);
    }

    /** Reads each hit's id and date from doc values, leaf by leaf in document order. */
    private static List<Scored> rescore(IndexReader reader, ScoreDoc[] hits, String dateField, long originMicros)
            throws IOException {
        ScoreDoc[] inOrder = hits.clone();
        Arrays.sort(inOrder, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        List<Scored> scored = new ArrayList<>(hits.length);
        int leaf = -1;
        LeafReaderContext context = null;
        SortedNumericDocValues ids = null;
        SortedNumericDocValues dates = null;
        for (ScoreDoc hit : inOrder) {
            int at = ReaderUtil.subIndex(hit.doc, leaves);
            if (at != leaf) {
                leaf = at;
                context = leaves.get(at);
                ids = DocValues.getSortedNumeric(context.reader(), ArticleDocuments.ID);
                dates = DocValues.getSortedNumeric(context.reader(), dateField);
            }
            int doc = hit.doc - context.docBase;
            if (!ids.advanceExact(doc)) {
                continue;
            }
            long id = ids.nextValue();
            double age = dates.advanceExact(doc) ? Math.max(0, originMicros - dates.nextValue()) : 0;
            scored.add(new Scored(id, hit.score / (1 + age / YEAR_MICROS)));
        }
        return scored;
    }
}
