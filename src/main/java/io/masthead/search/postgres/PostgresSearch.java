package io.masthead.search.postgres;

import io.agroal.api.AgroalDataSource;
import io.masthead.article.ArticleStatus;
import io.masthead.search.SearchCursor;
import io.masthead.search.SearchEngine;
import io.masthead.search.SearchFilters;
import io.masthead.search.SearchRequest;
import io.masthead.search.SearchResults;
import io.masthead.search.SearchScope;
import io.masthead.search.SearchSort;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Search on PostgreSQL builds: the weighted tsvector column and its GIN index (V41), kept by the
 * database on every write, so every instance finds a change the moment it commits. Best-match
 * order ranks the newest {@value #WINDOW} matches by ts_rank (headline, dek, body weighted 1, 0.4,
 * 0.2) divided by 1 + their age in years: ranking every match of a common word would read a good
 * part of the table, while its newest matches come straight off the newest-first index (each row
 * checked against the query), a rare word's off the GIN index. Counts are exact up to the window,
 * "more than" past it. Newest first pages through every match by the (status, published_at, id) index.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresSearch implements SearchEngine {

    /** Matches ranked for best-match order, and the bound of exact counts. */
    static final int WINDOW = 100;
    private static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";
    private static final String BYLINE = "coalesce((select to_tsvector('english', string_agg(au.name, ' '))"
            + " from article_author aa join author au on au.id = aa.author_id where aa.article_id = a.id), ''::tsvector)";

    private final AgroalDataSource dataSource;

    PostgresSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Found(List<Long> ids, long total, boolean lowerBound, SearchCursor next) {
    }

    @Override
    public SearchResults search(SearchRequest request, SearchScope scope) {
        TsQuery query = TsQuery.of(request.query());
        if (query == null) {
            return SearchResults.NONE;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean ownTransaction = c.getAutoCommit();
            if (ownTransaction) {
                c.setAutoCommit(false);
            }
            try {
                // Plan each search for its own words: a common word walks the newest-first index,
                // a rare one reads the GIN index; one generic plan would be wrong for one of them.
                try (Statement s = c.createStatement()) {
                    s.execute("set local plan_cache_mode = force_custom_plan");
                }
                Found found = request.sort() == SearchSort.RELEVANCE ? ranked(c, request, scope, query)
                        : newest(c, request, scope, query);
                SearchResults results = new SearchResults(PostgresHighlights.of(c, found.ids(),
                        TsQuery.marking(request.query())), found.total(), found.lowerBound(), found.next());
                if (ownTransaction) {
                    c.commit();
                }
                return results;
            } finally {
                if (ownTransaction) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed", e);
        }
    }

    private Found ranked(Connection c, SearchRequest request, SearchScope scope, TsQuery query) throws SQLException {
        long origin = request.after() != null ? request.after().originMillis() : System.currentTimeMillis();
        Sql sql = new Sql().add("with matches as (");
        matches(sql, request, scope, query, null, WINDOW + 1, true);
        sql.add(") select id, score, total from (select id, (ts_rank(" + WEIGHTS + ", v, ").add(query)
                .add(") / (1.0 + greatest(0.0, extract(epoch from (? - at))::float8) / 31536000.0))::float8 as score,"
                        + " count(*) over () as total from matches) ranked", Instant.ofEpochMilli(origin));
        SearchCursor after = request.after();
        if (after != null) {
            sql.add(" where score < ? or (score = ? and id < ?)", after.score(), after.score(), after.id());
        }
        sql.add(" order by score desc, id desc limit ?", request.size() + 1);
        List<Long> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        long total = 0;
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                scores.add(rs.getDouble(2));
                total = rs.getLong(3);
            }
        }
        if (ids.isEmpty() && after != null) {
            total = count(c, request, scope, query);
        }
        SearchCursor next = null;
        if (ids.size() > request.size()) {
            ids = ids.subList(0, request.size());
            next = SearchCursor.relevance(origin, scores.get(request.size() - 1), ids.get(request.size() - 1));
        }
        return new Found(ids, Math.min(total, WINDOW), total > WINDOW, next);
    }

    private Found newest(Connection c, SearchRequest request, SearchScope scope, TsQuery query) throws SQLException {
        Sql sql = new Sql();
        matches(sql, request, scope, query, request.after(), request.size() + 1, false);
        List<Long> ids = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                dates.add(rs.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
        SearchCursor next = null;
        if (ids.size() > request.size()) {
            ids = ids.subList(0, request.size());
            next = SearchCursor.newest(dates.get(request.size() - 1), ids.get(request.size() - 1));
        }
        long total = count(c, request, scope, query);
        return new Found(ids, Math.min(total, WINDOW), total > WINDOW, next);
    }

    /** How many match, counted up to one past the bound. */
    private long count(Connection c, SearchRequest request, SearchScope scope, TsQuery query) throws SQLException {
        Sql sql = new Sql().add("select count(*) from (");
        matches(sql, request, scope, query, null, WINDOW + 1, false);
        sql.add(") counted");
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The newest {@code limit} matches in the scope (after {@code after}, for newest-first pages):
     * rows of id, date ({@code at}) and, when {@code vector}, the words ranked ({@code v}). Readers'
     * words must all be in the text. The newsroom's may be in the byline too: its matches are the
     * text's own plus, among the articles of authors whose name holds one of the words, those that
     * match text and byline together. Each branch stops after the limit and is planned for its own
     * words (a common word walks the newest-first index, a rare one reads the GIN index), so a
     * common word never collects all of its matches first.
     */
    private static void matches(Sql sql, SearchRequest request, SearchScope scope, TsQuery query, SearchCursor after,
            int limit, boolean vector) {
        if (!scope.newsroom()) {
            branch(sql, request, scope, after, limit, vector ? "a.search_vector" : null,
                    s -> s.add(" and a.search_vector @@ ").add(query));
            return;
        }
        String words = vector ? "a.search_vector || " + BYLINE : null;
        sql.add("select * from ((");
        branch(sql, request, scope, after, limit, words, s -> s.add(" and a.search_vector @@ ").add(query));
        sql.add(") union (");
        branch(sql, request, scope, after, limit, words, s -> s
                .add(" and a.id in (select aa.article_id from article_author aa where aa.author_id in"
                        + " (select au.id from author au where to_tsvector('english', au.name) @@ ")
                .add(TsQuery.anyRequired(request.query())).add("))")
                .add(" and (a.search_vector || " + BYLINE + ") @@ ").add(query));
        sql.add(")) either order by at desc, id desc limit " + limit);
    }

    /** One select of matches: the scope, the words' condition, the filters, the cursor, newest first. */
    private static void branch(Sql sql, SearchRequest request, SearchScope scope, SearchCursor after, int limit,
            String vector, Consumer<Sql> words) {
        String date = dateColumn(scope);
        sql.add("select a.id, a." + date + " as at" + (vector == null ? "" : ", " + vector + " as v") + " from article a");
        List<String> statuses = scope.statuses().stream().map(ArticleStatus::name).sorted().toList();
        sql.add(" where a.status in (").list(statuses).add(")");
        if (scope.ownerId() != null) {
            sql.add(" and a.created_by = ?", scope.ownerId());
        }
        words.accept(sql);
        filters(sql, request.filters(), date);
        if (after != null) {
            sql.add(" and a." + date + " <= ? and (a." + date + " < ? or a.id < ?)", after.at(), after.at(), after.id());
        }
        sql.add(" order by a." + date + " desc, a.id desc limit " + limit);
    }

    private static void filters(Sql sql, SearchFilters filters, String date) {
        if (filters.sectionId() != null) {
            sql.add(filters.withSubsections() ? " and a.root_section_id = ?" : " and a.section_id = ?", filters.sectionId());
        }
        if (filters.authorId() != null) {
            sql.add(" and exists (select 1 from article_author f where f.article_id = a.id and f.author_id = ?)",
                    filters.authorId());
        }
        if (filters.kind() != null) {
            sql.add(" and a.kind = ?", filters.kind().name());
        }
        if (filters.from() != null) {
            sql.add(" and a." + date + " >= ?", filters.from());
        }
        if (filters.until() != null) {
            sql.add(" and a." + date + " < ?", filters.until());
        }
    }

    private static String dateColumn(SearchScope scope) {
        return scope.newsroom() ? "modified_at" : "published_at";
    }

    @Override
    public Optional<String> closestWord(String word) {
        Sql sql = new Sql().add("select w.word from search_word w where w.word % ?"
                + " and not exists (select 1 from search_word known where known.word = ?)"
                + " order by similarity(w.word, ?) desc, w.word limit 1", word, word, word);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up a spelling failed", e);
        }
    }

    /** The index is a column the database keeps in the writing transaction: nothing to catch up. */
    @Override
    public void contentChanged() {
    }

    @Override
    public void awaitCurrent() {
    }
}
