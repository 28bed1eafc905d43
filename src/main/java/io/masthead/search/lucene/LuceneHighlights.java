package io.masthead.search.lucene;

import io.masthead.search.Highlight;
import io.masthead.search.HtmlText;
import io.masthead.search.SearchHit;
import io.masthead.search.Snippets;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matched words in the headline and picks the passages of the body around them, for
 * the hits on one page only: their text is read from the database and analyzed again here (the
 * index stores no text).
 */
final class LuceneHighlights {

    private static final int FRAGMENTS = 2;
    /** Passages come from the first this many characters of a body: a long read costs no more than a short one. */
    private static final int PASSAGES_FROM = 10_000;
    private static final DefaultPassageFormatter MARKS = new DefaultPassageFormatter(String.valueOf(Highlight.START),
            String.valueOf(Highlight.END), Snippets.GAP, false);
    /**
     * Thread-safe: one of each serves every request. Each word is marked where it occurs (not only
     * where the whole query matches one field, which is what weight matches would do: the headline
     * rarely holds every word); phrase words only where they form the phrase. Without passage
     * relevancy over speed, a query of words alone is marked from the text's tokens as they are
     * analyzed, not from a small index built per text (a quarter of a common word's search CPU);
     * only a phrase still needs that index for its positions.
     */
    private static final UnifiedHighlighter WHOLE = UnifiedHighlighter.builderWithoutSearcher(Analyzers.TEXT)
            .withFormatter(MARKS).withWeightMatches(false).withPassageRelevancyOverSpeed(false)
            .withBreakIterator(WholeBreakIterator::new).build();
    private static final UnifiedHighlighter PASSAGES = UnifiedHighlighter.builderWithoutSearcher(Analyzers.TEXT)
            .withFormatter(MARKS).withWeightMatches(false).withPassageRelevancyOverSpeed(false)
            .withMaxLength(PASSAGES_FROM).build();

    record Texts(String headline, String dek, String bodyHtml) {
    }

    private LuceneHighlights() {
    }

    static Map<Long, Texts> load(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Texts> texts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select id, headline, dek, body_html from article where id in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    texts.put(rs.getLong(1), new Texts(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return texts;
    }

    static SearchHit hit(long id, Texts texts, Query query) {
        Highlight headline = whole(query, texts.headline());
        String body = HtmlText.of(texts.bodyHtml());
        Highlight snippet = passages(query, body);
        if (!snippet.hasMarks() && texts.dek() != null && !texts.dek().isBlank()) {
            Highlight dek = whole(query, texts.dek());
            snippet = dek.hasMarks() ? dek : snippet;
        }
        if (snippet.isEmpty()) {
            snippet = Highlight.plain(Snippets.opening(texts.dek() != null && !texts.dek().isBlank() ? texts.dek() : body));
        }
        return new SearchHit(id, headline, snippet);
    }

    /** The whole text, its matches marked. */
    private static Highlight whole(Query query, String text) {
        try {
            return WHOLE.highlightWithoutSearcher(ArticleDocuments.TEXT, query, text, 1) instanceof String marked
                    ? Highlight.parse(marked) : Highlight.plain(text);
        } catch (IOException e) {
            return Highlight.plain(text);
        }
    }

    /** The best passages of the body (sentences around the matches), or its first ones when none matches. */
    private static Highlight passages(Query query, String body) {
        try {
            return PASSAGES.highlightWithoutSearcher(ArticleDocuments.TEXT, query, body, FRAGMENTS) instanceof String marked
                    ? Highlight.parse(marked.strip()) : Highlight.EMPTY;
        } catch (IOException e) {
            return Highlight.EMPTY;
        }
    }
}
