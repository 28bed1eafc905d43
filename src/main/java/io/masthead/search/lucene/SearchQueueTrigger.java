package io.masthead.search.lucene;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.h2.tools.TriggerAdapter;

/**
 * H2 trigger on article, article_author and author: records in search_queue, in the writing
 * transaction itself, every article whose searchable text, byline or visibility a row change
 * touched. Whatever writes (the newsroom, a bulk UPDATE, the synthetic generator's JDBC batches),
 * the queue holds it exactly when the change commits; the Lucene index takes entries off the queue
 * only after it has committed them itself, so a crash in between loses nothing (see
 * {@link LuceneIndex}).
 */
public class SearchQueueTrigger extends TriggerAdapter {

    /** The article columns the index holds; a change to any other (featured_at, version) is not queued. */
    private static final List<String> ARTICLE_COLUMNS = List.of("headline", "dek", "body_html", "kind", "status",
            "section_id", "root_section_id", "published_at", "modified_at", "created_by");

    @Override
    public void fire(Connection conn, ResultSet oldRow, ResultSet newRow) throws SQLException {
        switch (tableName.toLowerCase(java.util.Locale.ROOT)) {
            case "article" -> article(conn, oldRow, newRow);
            case "article_author" -> byline(conn, oldRow, newRow);
            case "author" -> author(conn, oldRow, newRow);
            default -> throw new SQLException("search_queue trigger on unexpected table " + tableName);
        }
    }

    private static void article(Connection conn, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (oldRow != null && newRow != null && unchanged(oldRow, newRow, ARTICLE_COLUMNS)) {
            return;
        }
        enqueue(conn, (newRow != null ? newRow : oldRow).getLong("id"));
    }

    private static void byline(Connection conn, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (oldRow != null && newRow != null && unchanged(oldRow, newRow, List.of("article_id", "author_id"))) {
            return;
        }
        if (oldRow != null) {
            enqueue(conn, oldRow.getLong("article_id"));
        }
        if (newRow != null && (oldRow == null || newRow.getLong("article_id") != oldRow.getLong("article_id"))) {
            enqueue(conn, newRow.getLong("article_id"));
        }
    }

    /** A renamed author changes the byline of each of their articles. */
    private static void author(Connection conn, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (oldRow == null || newRow == null || unchanged(oldRow, newRow, List.of("name"))) {
            return;
        }
        try (PreparedStatement insert = conn.prepareStatement(
                "insert into search_queue (article_id) select article_id from article_author where author_id = ?")) {
            insert.setLong(1, newRow.getLong("id"));
            insert.executeUpdate();
        }
    }

    private static boolean unchanged(ResultSet oldRow, ResultSet newRow, List<String> columns) throws SQLException {
        for (String column : columns) {
            if (!Objects.equals(oldRow.getObject(column), newRow.getObject(column))) {
                return false;
            }
        }
        return true;
    }

    private static void enqueue(Connection conn, long articleId) throws SQLException {
        try (PreparedStatement insert = conn.prepareStatement("insert into search_queue (article_id) values (?)")) {
            insert.setLong(1, articleId);
            insert.executeUpdate();
        }
    }
}
