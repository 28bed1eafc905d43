package io.masthead.admin.article;

import io.masthead.article.ArticleStatus;
import io.masthead.search.NewsroomSearch;
import io.masthead.search.SearchCursor;
import io.masthead.search.SearchFilters;
import io.masthead.search.SearchMessages;
import io.masthead.search.SearchResults;
import io.masthead.search.SearchSort;
import io.masthead.search.SearchUnavailable;
import io.masthead.section.Section;
import io.masthead.web.Cursor;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article list's search. With words: the site's search engine ({@link NewsroomSearch}:
 * Lucene on H2 builds, PostgreSQL's full-text search on PostgreSQL builds) over headline, dek,
 * body and byline of every piece the viewer may see, with the list's filters and in the list's
 * order. Without words: the list itself, read off one index in that order (by writer, status or
 * change time) and stopped after a page.
 */
@ApplicationScoped
public class FullTextStaffSearch implements StaffArticleSearch {

    private final EntityManager em;
    private final NewsroomSearch search;

    FullTextStaffSearch(EntityManager em, NewsroomSearch search) {
        this.em = em;
        this.search = search;
    }

    @Override
    public Found find(StaffArticleQuery q) {
        return q.text() == null || q.text().isBlank() ? listing(q) : matching(q);
    }

    private Found matching(StaffArticleQuery q) {
        Section section = q.sectionId() == null ? null : Section.findById(q.sectionId());
        // A section includes its subsections, as the list's section filter always has.
        SearchFilters filters = new SearchFilters(q.sectionId(), section != null && section.isTopLevel(), q.authorId(),
                q.kind(), null, null);
        Set<ArticleStatus> statuses = q.status() == null ? Set.of() : Set.of(q.status());
        SearchCursor after = q.after() == null ? null : SearchCursor.newest(q.after().at(), q.after().id());
        SearchResults found;
        try {
            found = search.search(q.viewer(), q.text(), filters, statuses, SearchSort.NEWEST, after, q.limit());
        } catch (SearchUnavailable e) {
            throw new WebApplicationException(MessageBundles.get(SearchMessages.class).unavailable(),
                    Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "120").build());
        }
        List<Hit> hits = found.hits().stream().map(h -> new Hit(h.articleId(), h.headline(), h.snippet())).toList();
        Cursor next = found.next() == null ? null : Cursor.after(found.next().at(), found.next().id());
        return new Found(hits, next);
    }

    private Found listing(StaffArticleQuery q) {
        // The ORDER BY names the chosen index's leading column, so H2 reads the page straight off it.
        String lead = q.ownerId() != null ? "a.created_by, " : q.status() != null ? "a.status, " : "";
        StringBuilder sql = new StringBuilder("select a.id, a.modified_at from article a where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.after() != null) {
            sql.append(" and a.modified_at <= ? and (a.modified_at < ? or a.id < ?)");
            params.addAll(List.of(q.after().at(), q.after().at(), q.after().id()));
        }
        filters(sql, params, q);
        sql.append(" order by ").append(lead).append("a.modified_at desc, a.id desc");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            query.setParameter(i + 1, p instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : p);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(q.limit() + 1).getResultList();
        List<Hit> hits = rows.stream().limit(q.limit())
                .map(r -> new Hit(((Number) r[0]).longValue(), null, null)).toList();
        Object[] last = rows.size() > q.limit() ? rows.get(q.limit() - 1) : null;
        return new Found(hits, last == null ? null : Cursor.after(instant(last[1]), ((Number) last[0]).longValue()));
    }

    private static void filters(StringBuilder sql, List<Object> params, StaffArticleQuery q) {
        if (q.ownerId() != null) {
            sql.append(" and a.created_by = ?");
            params.add(q.ownerId());
        }
        if (q.status() != null) {
            sql.append(" and a.status = ?");
            params.add(q.status().name());
        }
        if (q.kind() != null) {
            sql.append(" and a.kind = ?");
            params.add(q.kind().name());
        }
        if (q.sectionId() != null) {
            sql.append(" and (a.section_id = ? or a.root_section_id = ?)");
            params.addAll(List.of(q.sectionId(), q.sectionId()));
        }
        if (q.authorId() != null) {
            sql.append(" and exists (select 1 from article_author aa where aa.article_id = a.id and aa.author_id = ?)");
            params.add(q.authorId());
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
