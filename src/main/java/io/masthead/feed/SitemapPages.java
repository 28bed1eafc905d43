package io.masthead.feed;

import io.masthead.cache.Freshness;
import io.masthead.cache.Reach;
import io.masthead.cache.PageResponses;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** What crawlers read: robots.txt, the sitemap index, its pages and the news sitemap. */
@Path("/")
@PermitAll
public class SitemapPages {

    static final String XML = "application/xml;charset=UTF-8";

    private final Sitemaps sitemaps;
    private final PageResponses pages;

    SitemapPages(Sitemaps sitemaps, PageResponses pages) {
        this.sitemaps = sitemaps;
        this.pages = pages;
    }

    @GET
    @Path("sitemap.xml")
    public RestResponse<byte[]> index(RoutingContext ctx) {
        return document(ctx, sitemaps.index(), XML);
    }

    @GET
    @Path("sitemaps/pages.xml")
    public RestResponse<byte[]> pages(RoutingContext ctx) {
        return document(ctx, sitemaps.pages(), XML);
    }

    /** Streamed, so never held whole in memory or in the page cache; crawlers may still cache it. */
    @GET
    @Path("sitemaps/{kind: [a-z]{1,20}}-{page: \\d{1,9}}.xml")
    public RestResponse<StreamingOutput> page(@RestPath String kind, @RestPath long page) {
        SitemapKind found = SitemapKind.bySlug(kind).filter(k -> sitemaps.exists(k, page))
                .orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> sitemaps.write(found, page, out);
        return RestResponse.ResponseBuilder.ok(body, XML).header("Cache-Control", Freshness.FEED.cacheControl).build();
    }

    @GET
    @Path("news-sitemap.xml")
    public RestResponse<byte[]> news(RoutingContext ctx) {
        return document(ctx, sitemaps.news(), XML);
    }

    @GET
    @Path("robots.txt")
    public RestResponse<byte[]> robots(RoutingContext ctx) {
        return document(ctx, sitemaps.robots(), "text/plain;charset=UTF-8");
    }

    private RestResponse<byte[]> document(RoutingContext ctx, String body, String type) {
        return pages.bytes(ctx, body.getBytes(StandardCharsets.UTF_8), type, Freshness.FEED, Reach.SHARED);
    }
}
