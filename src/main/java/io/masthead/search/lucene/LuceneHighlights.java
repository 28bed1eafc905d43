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
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Marks the matched words in the headline and picks the passages of the body around them, for
 * the hits on one page only: their text is read from the database and analyzed again here (the
 * index stores no text).
 */
final class LuceneHighlights {

    private static final int FRAGMENT = 160;
    private static final int FRAGMENTS = 2;

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
        Highlight headline = whole(query, ArticleDocuments.HEADLINE, texts.headline());
        String body = HtmlText.of(texts.bodyHtml());
        Highlight snippet = passages(query, body);
        if (!snippet.hasMarks() && texts.dek() != null && !texts.dek().isBlank()) {
            Highlight dek = whole(query, ArticleDocuments.DEK, texts.dek());
            snippet = dek.hasMarks() ? dek : snippet;
        }
        if (snippet.isEmpty()) {
            snippet = Highlight.plain(Snippets.opening(texts.dek() != null && !texts.dek().isBlank() ? texts.dek() : body));
        }
        return new SearchHit(id, headline, snippet);
    }

    private static Highlight whole(Query query, String field, String text) {
        Highlighter highlighter = highlighter(query, field);
        highlighter.setTextFragmenter(new NullFragmenter());
        try {
            String marked = highlighter.getBestFragment(Analyzers.TEXT, field, text);
            return marked == null ? Highlight.plain(text) : Highlight.parse(marked);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return Highlight.plain(text);
        }
    }

    private static Highlight passages(Query query, String body) {
        QueryScorer scorer = new QueryScorer(query, ArticleDocuments.BODY);
        Highlighter highlighter = new Highlighter(formatter(), new DefaultEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        try {
            String[] fragments = highlighter.getBestFragments(Analyzers.TEXT, ArticleDocuments.BODY, body, FRAGMENTS);
            return fragments.length == 0 ? Highlight.EMPTY : Highlight.parse(Snippets.join(List.of(fragments)));
        } catch (IOException | InvalidTokenOffsetsException e) {
            return Highlight.EMPTY;
        }
    }

    private static Highlighter highlighter(Query query, String field) {
        return new Highlighter(formatter(), new DefaultEncoder(), new QueryScorer(query, field));
    }

    private static SimpleHTMLFormatter formatter() {
        return new SimpleHTMLFormatter(String.valueOf(Highlight.START), String.valueOf(Highlight.END));
    }
}
