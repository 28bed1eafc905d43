package io.masthead.search.postgres;

import io.masthead.search.Highlight;
import io.masthead.search.SearchHit;
import io.masthead.search.Snippets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * ts_headline for the rows on the page only: the headline with its matches marked, and the passages
 * of the body around them (the body's tags taken out first; its entities decoded afterwards).
 */
final class PostgresHighlights {

    private static final String MARKS = "StartSel=" + Highlight.START + ", StopSel=" + Highlight.END;
    private static final String WHOLE = "HighlightAll=true, " + MARKS;
    private static final String PASSAGES = "MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\""
            + Snippets.GAP + "\", " + MARKS;

    private PostgresHighlights() {
    }

    static List<SearchHit> of(Connection c, List<Long> ids, TsQuery marking) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql().add("select a.id, a.headline, ts_headline('english', translate(a.headline, '<>', '  '), ")
                .add(marking).add(", ?), ", WHOLE)
                .add("coalesce(a.dek, ''), ts_headline('english', translate(coalesce(a.dek, ''), '<>', '  '), ")
                .add(marking).add(", ?), ", WHOLE)
                .add("ts_headline('english', regexp_replace(a.body_html, '<[^>]*>', ' ', 'g'), ").add(marking)
                .add(", ?) from article a where a.id in (", PASSAGES).list(ids).add(")");
        Map<Long, SearchHit> hits = new HashMap<>();
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Highlight headline = Highlight.parse(restore(rs.getString(2), rs.getString(3)));
                Highlight dek = Highlight.parse(restore(rs.getString(4), rs.getString(5)));
                Highlight body = Highlight.parse(text(rs.getString(6)));
                Highlight snippet = !body.hasMarks() && dek.hasMarks() ? dek : body;
                if (snippet.isEmpty()) {
                    snippet = dek;
                }
                hits.put(id, new SearchHit(id, headline, snippet));
            }
        }
        List<SearchHit> ordered = new ArrayList<>();
        for (long id : ids) {
            SearchHit hit = hits.get(id);
            if (hit != null) {
                ordered.add(hit);
            }
        }
        return ordered;
    }

    /**
     * The marks of a plain-text field, put back on its own text: it was marked with its angle
     * brackets made spaces (as it was indexed), and ts_headline gives back every other character.
     */
    static String restore(String original, String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        int at = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == Highlight.START || c == Highlight.END) {
                out.append(c);
            } else if (at < original.length()) {
                out.append(original.charAt(at++));
            }
        }
        return at == original.length() ? out.toString() : marked;
    }

    /** The stripped body's entities decoded and its white space collapsed; the marks are kept. */
    private static String text(String passages) {
        String decoded = passages.indexOf('&') >= 0 ? Parser.unescapeEntities(passages, false) : passages;
        return decoded.replaceAll("\\s+", " ").strip();
    }
}
