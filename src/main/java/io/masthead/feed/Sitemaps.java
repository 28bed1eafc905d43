package io.masthead.feed;

import io.masthead.article.ArticleStatus;
import io.masthead.web.Site;
import io.masthead.video.VideoChannel;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sitemap index, its paged sitemaps and the Google News sitemap. Paged sitemaps are written as
 * they are read, a chunk of rows at a time, so a million articles never sit in memory at once.
 */
@ApplicationScoped
public class Sitemaps {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;
    static final int CHUNK = 1000;
    static final String PAGES_PATH = "/sitemaps/pages.xml";

    private final Site site;

    Sitemaps(Site site) {
        this.site = site;
    }

    @Transactional
    public String index() {
        List<String> paths = new ArrayList<>();
        paths.add(PAGES_PATH);
        for (SitemapKind kind : SitemapKind.values()) {
            long pages = kind.pages();
            for (long page = 1; page <= pages; page++) {
                if (kind.hasUrls(page)) {
                    paths.add(kind.path(page));
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlOut xml = new XmlOut(bytes)) {
            xml.start("sitemapindex").attribute("xmlns", NS);
            paths.forEach(path -> xml.start("sitemap").element("loc", site.absolute(path)).end());
            xml.end();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Whether /sitemaps/{kind}-{page}.xml exists; checked before streaming, as the status goes first. */
    @Transactional
    public boolean exists(SitemapKind kind, long page) {
        return page >= 1 && page <= kind.pages() && kind.hasUrls(page);
    }

    /** Streams the page: each chunk is read in a short transaction of its own, none held while the client reads. */
    public void write(SitemapKind kind, long page, OutputStream out) {
        try (XmlOut xml = new XmlOut(out)) {
            xml.start("urlset").attribute("xmlns", NS);
            long after = 0;
            while (true) {
                long from = after;
                List<SitemapUrl> chunk = QuarkusTransaction.requiringNew().call(() -> kind.chunk(page, from, CHUNK));
                for (SitemapUrl url : chunk) {
                    if (url.lastModified() != null) {
                        url(xml, url.path(), url.lastModified());
                    }
                }
                xml.flush();
                if (chunk.size() < CHUNK) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).id();
            }
            xml.end();
        }
    }

    /** The fronts that are not sections: home, the latest river, the video listings. */
    @Transactional
    public String pages() {
        Instant latestArticle = Panache.getEntityManager()
                .createQuery("select max(a.publishedAt) from Article a where a.status = :published", Instant.class)
                .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlOut xml = new XmlOut(bytes)) {
            xml.start("urlset").attribute("xmlns", NS);
            url(xml, "/", latestArticle);
            url(xml, "/latest/", latestArticle);
            url(xml, "/video/", latestVideo(null));
            for (VideoChannel channel : VideoChannel.ordered()) {
                Instant latest = latestVideo(channel);
                if (latest != null) {
                    url(xml, channel.url(), latest);
                }
            }
            xml.end();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Articles of the last 48 hours, newest first, at most 1,000, as Google News wants them. */
    @Transactional
    public String news() {
        Instant now = Instant.now();
        List<Object[]> rows = Panache.getEntityManager().createQuery("""
                select a.id, a.slug, s.path, a.headline, a.publishedAt, coalesce(a.updatedAt, a.publishedAt)
                from Article a join a.section s
                where a.status = :published and a.publishedAt >= :since and a.publishedAt <= :now
                order by a.status, a.publishedAt desc, a.id desc""", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", now.minus(NEWS_WINDOW)).setParameter("now", now)
                .setMaxResults(NEWS_LIMIT).getResultList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlOut xml = new XmlOut(bytes)) {
            xml.start("urlset").attribute("xmlns", NS).attribute("xmlns:news", NEWS_NS);
            for (Object[] row : rows) {
                xml.start("url");
                xml.element("loc", site.absolute("/" + row[2] + "/" + row[0] + "-" + row[1]));
                xml.element("lastmod", w3c((Instant) row[5]));
                xml.start("news:news");
                xml.start("news:publication")
                        .element("news:name", site.name())
                        .element("news:language", newsLanguage(site.language()))
                        .end();
                xml.element("news:publication_date", w3c((Instant) row[4]));
                xml.element("news:title", (String) row[3]);
                xml.end().end();
            }
            xml.end();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /search

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"), site.absolute("/news-sitemap.xml"));
    }

    /** Google News wants an ISO 639 code ("en"), except for the two Chinese scripts it names in full. */
    static String newsLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (locale.getLanguage().equals("zh")) {
            return "TW".equals(locale.getCountry()) || "Hant".equals(locale.getScript()) ? "zh-tw" : "zh-cn";
        }
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    private static Instant latestVideo(VideoChannel channel) {
        String filter = channel == null ? "" : " and v.channel = :channel";
        var query = Panache.getEntityManager()
                .createQuery("select max(v.publishedAt) from Video v where v.publishedAt <= :now" + filter, Instant.class)
                .setParameter("now", Instant.now());
        if (channel != null) {
            query.setParameter("channel", channel);
        }
        return query.getSingleResult();
    }

    private void url(XmlOut xml, String path, Instant lastModified) {
        xml.start("url").element("loc", site.absolute(path));
        if (lastModified != null) {
            xml.element("lastmod", w3c(lastModified));
        }
        xml.end();
    }

    /** W3C datetime in UTC to the second, the form both sitemap schemas accept. */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
