package io.masthead.feed;

import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;
import java.util.function.Supplier;

/** What crawlers read: robots.txt, the sitemap index, its pages and the news sitemap. */
@ApplicationScoped
public class SitemapPages {

    static final String XML = "application/xml;charset=UTF-8";

    private final Sitemaps sitemaps;

    SitemapPages(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @Produces
    PublicPage sitemapIndex() {
        return PublicPage.at("/sitemap.xml", request -> document(request, sitemaps::index, XML));
    }

    @Produces
    PublicPage frontsSitemap() {
        return PublicPage.at("/sitemaps/pages.xml", request -> document(request, sitemaps::pages, XML));
    }

    /** Streamed, so never held whole in memory or in the page cache; crawlers may still cache it. */
    @Produces
    PublicPage sitemapPage() {
        return PublicPage.at("/sitemaps/{kind:[a-z]{1,20}}-{page:\\d{1,9}}.xml", request -> {
            long page = Long.parseLong(request.param("page"));
            SitemapKind found = SitemapKind.bySlug(request.param("kind"))
                    .filter(k -> request.read(() -> sitemaps.exists(k, page)))
                    .orElseThrow(NotFoundException::new);
            return new Answer.Stream(XML, Freshness.FEED, out -> sitemaps.write(found, page, out));
        });
    }

    @Produces
    PublicPage newsSitemap() {
        return PublicPage.at("/news-sitemap.xml", request -> document(request, sitemaps::news, XML));
    }

    @Produces
    PublicPage robots() {
        return PublicPage.at("/robots.txt", request -> document(request, sitemaps::robots, "text/plain;charset=UTF-8"));
    }

    private static Answer document(PageRequest request, Supplier<String> body, String type) {
        return Answer.document(request.read(body), type, Freshness.FEED, Reach.SHARED);
    }
}
