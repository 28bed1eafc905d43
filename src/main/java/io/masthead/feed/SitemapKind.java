package io.masthead.feed;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The paged sitemaps, each cut by id ranges of {@link #IDS_PER_PAGE}: a URL stays on the same page
 * forever, and no page can exceed the 50,000 URLs a sitemap may hold. Listings carry only what has
 * published articles behind it, so every URL answers with content.
 */
enum SitemapKind {

    ARTICLES("articles", "select max(a.id) from Article a",
            "select 1 from Article a where a.status = 'PUBLISHED' and a.id between :from and :to",
            """
            select a.id, '/' || s.path || '/' || cast(a.id as String) || '-' || a.slug,
              case when a.status = 'PUBLISHED' then coalesce(a.updatedAt, a.publishedAt) end
            from Article a join a.section s
            where a.id > :after and a.id <= :to order by a.id"""),

    SECTIONS("sections", "select max(s.id) from Section s",
            "select 1 from Article a where a.status = 'PUBLISHED' and a.section.id between :from and :to",
            """
            select s.id, '/' || s.path || '/',
              case when s.parent is null
                then (select max(a.publishedAt) from Article a where a.status = 'PUBLISHED' and a.rootSection = s)
                else (select max(a.publishedAt) from Article a where a.status = 'PUBLISHED' and a.section = s) end
            from Section s where s.id > :after and s.id <= :to order by s.id"""),

    TAGS("tags", "select max(t.id) from Tag t",
            "select 1 from ArticleTag l where l.listedAt is not null and l.tag.id between :from and :to",
            """
            select t.id, '/tag/' || t.slug || '/',
              (select max(l.listedAt) from ArticleTag l where l.tag = t)
            from Tag t where t.id > :after and t.id <= :to order by t.id"""),

    AUTHORS("authors", "select max(a.id) from Author a",
            "select 1 from ArticleAuthor l where l.listedAt is not null and l.author.id between :from and :to",
            """
            select a.id, '/author/' || a.slug || '/',
              (select max(l.listedAt) from ArticleAuthor l where l.author = a)
            from Author a where a.id > :after and a.id <= :to order by a.id"""),

    VIDEOS("videos", "select max(v.id) from Video v",
            "select 1 from Video v where v.publishedAt <= :now and v.id between :from and :to",
            """
            select v.id, '/video/' || cast(v.id as String) || '-' || v.slug, v.publishedAt
            from Video v where v.publishedAt <= :now and v.id > :after and v.id <= :to order by v.id""");

    static final long IDS_PER_PAGE = 50_000;

    final String slug;
    private final String maxId;
    private final String anyIn;
    private final String chunk;

    SitemapKind(String slug, String maxId, String anyIn, String chunk) {
        this.slug = slug;
        this.maxId = maxId;
        this.anyIn = anyIn;
        this.chunk = chunk;
    }

    static Optional<SitemapKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    String path(long page) {
        return "/sitemaps/" + slug + "-" + page + ".xml";
    }

    long pages() {
        Long max = em().createQuery(maxId, Long.class).getSingleResult();
        return max == null ? 0 : (max + IDS_PER_PAGE - 1) / IDS_PER_PAGE;
    }

    /** Whether the page has at least one URL: an empty urlset is not a valid sitemap. */
    boolean hasUrls(long page) {
        var query = em().createQuery(anyIn).setParameter("from", first(page)).setParameter("to", last(page));
        if (this == VIDEOS) {
            query.setParameter("now", Instant.now());
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Up to limit rows of the page with an id above after, in id order. A row without a date has nothing
     * published behind it: the caller skips it but still pages past its id. Filtering there rather than
     * in SQL keeps every chunk a primary-key range scan; a status filter made H2 walk the river index.
     */
    List<SitemapUrl> chunk(long page, long after, int limit) {
        var query = em().createQuery(chunk, Object[].class)
                .setParameter("after", Math.max(after, first(page) - 1)).setParameter("to", last(page));
        if (this == VIDEOS) {
            query.setParameter("now", Instant.now());
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new SitemapUrl((Long) row[0], (String) row[1], (Instant) row[2]))
                .toList();
    }

    private static long first(long page) {
        return (page - 1) * IDS_PER_PAGE + 1;
    }

    private static long last(long page) {
        return page * IDS_PER_PAGE;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
