package io.masthead.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** What crawlers read: robots.txt, the sitemap index, its pages and the news sitemap. */
@Path("/")
public class SitemapPages {

    static final String XML = "application/xml;charset=UTF-8";

    private final Sitemaps sitemaps;

    SitemapPages(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GET
    @Path("sitemap.xml")
    public RestResponse<String> index() {
        return cached(sitemaps.index(), XML);
    }

    @GET
    @Path("sitemaps/pages.xml")
    public RestResponse<String> pages() {
        return cached(sitemaps.pages(), XML);
    }

    @GET
    @Path("sitemaps/{kind: [a-z]{1,20}}-{page: \\d{1,9}}.xml")
    public RestResponse<StreamingOutput> page(@RestPath String kind, @RestPath long page) {
        SitemapKind found = SitemapKind.bySlug(kind).filter(k -> sitemaps.exists(k, page))
                .orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> sitemaps.write(found, page, out);
        return cached(body, XML);
    }

    @GET
    @Path("news-sitemap.xml")
    public RestResponse<String> news() {
        return cached(sitemaps.news(), XML);
    }

    @GET
    @Path("robots.txt")
    public RestResponse<String> robots() {
        return cached(sitemaps.robots(), "text/plain;charset=UTF-8");
    }

    private static <T> RestResponse<T> cached(T body, String type) {
        return RestResponse.ResponseBuilder.ok(body, type).header("Cache-Control", CrawlerCaching.PUBLIC).build();
    }
}
