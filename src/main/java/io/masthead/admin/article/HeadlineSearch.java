package io.masthead.admin.article;

import io.masthead.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The article list's search over headline and byline words (see {@link HeadlineIndex}); without
 * words, the list itself. Each query reads one index in the list's order and stops after a page:
 * the words by the longest one typed (likely the rarest), the list by writer, status or change time.
 */
@ApplicationScoped
public class HeadlineSearch implements StaffArticleSearch {

    static final int MAX_WORDS = 6;

    private final EntityManager em;

    HeadlineSearch(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Hit> find(StaffArticleQuery q) {
        List<String> words = HeadlineIndex.words(q.text()).stream().limit(MAX_WORDS)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        SqlBuilder sql = words.isEmpty() ? listing(q) : byWords(q, words);
        filters(sql, q, words.isEmpty() ? "a.id" : "w.article_id");
        return sql.run(em, q.limit());
    }

    private static SqlBuilder byWords(StaffArticleQuery q, List<String> words) {
        SqlBuilder sql = new SqlBuilder("select w.article_id, w.modified_at from article_word w"
                + " join article a on a.id = w.article_id where w.word = ?", words.get(0));
        for (String other : words.subList(1, words.size())) {
            sql.and("exists (select 1 from article_word o where o.word = ? and o.article_id = w.article_id)", other);
        }
        if (q.after() != null) {
            sql.and("w.modified_at <= ? and (w.modified_at < ? or w.article_id < ?)",
                    q.after().at(), q.after().at(), q.after().id());
        }
        return sql.orderBy("w.word, w.modified_at desc, w.article_id desc");
    }

    private static SqlBuilder listing(StaffArticleQuery q) {
        // The ORDER BY names the chosen index's leading column, so H2 reads the page straight off it.
        String lead = q.ownerId() != null ? "a.created_by, " : q.status() != null ? "a.status, " : "";
        SqlBuilder sql = new SqlBuilder("select a.id, a.modified_at from article a where 1 = 1");
        if (q.after() != null) {
            sql.and("a.modified_at <= ? and (a.modified_at < ? or a.id < ?)", q.after().at(), q.after().at(), q.after().id());
        }
        return sql.orderBy(lead + "a.modified_at desc, a.id desc");
    }

    private static void filters(SqlBuilder sql, StaffArticleQuery q, String idColumn) {
        if (q.ownerId() != null) {
            sql.and("a.created_by = ?", q.ownerId());
        }
        if (q.status() != null) {
            sql.and("a.status = ?", q.status().name());
        }
        if (q.kind() != null) {
            sql.and("a.kind = ?", q.kind().name());
        }
        if (q.sectionId() != null) {
            sql.and("(a.section_id = ? or a.root_section_id = ?)", q.sectionId(), q.sectionId());
        }
        if (q.authorId() != null) {
            sql.and("exists (select 1 from article_author aa where aa.article_id = " + idColumn + " and aa.author_id = ?)",
                    q.authorId());
        }
    }

    /** Conditions and their parameters in order; the ORDER BY goes last whatever order they were added in. */
    static final class SqlBuilder {
        private final StringBuilder where;
        private final List<Object> params = new ArrayList<>();
        private String orderBy = "";

        SqlBuilder(String select, Object... params) {
            this.where = new StringBuilder(select);
            this.params.addAll(List.of(params));
        }

        SqlBuilder and(String condition, Object... values) {
            where.append(" and ").append(condition);
            params.addAll(List.of(values));
            return this;
        }

        SqlBuilder orderBy(String columns) {
            orderBy = " order by " + columns;
            return this;
        }

        String sql() {
            return where + orderBy;
        }

        List<Hit> run(EntityManager em, int limit) {
            Query query = em.createNativeQuery(sql());
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                query.setParameter(i + 1, p instanceof java.time.Instant t ? t.atOffset(java.time.ZoneOffset.UTC) : p);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.setMaxResults(limit).getResultList();
            return rows.stream().map(r -> new Hit(((Number) r[0]).longValue(),
                    Cursor.after(HeadlineIndex.instant(r[1]), ((Number) r[0]).longValue()))).toList();
        }
    }
}
