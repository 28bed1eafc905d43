package io.masthead.feed;

import io.masthead.cache.Freshness;
import io.masthead.cache.Reach;
import io.masthead.cache.PageResponses;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/** RSS 2.0 for the site and each section; tags and authors have theirs under their own root paths. */
@Path("/")
@PermitAll
public class FeedPages {

    static final String RSS = "application/rss+xml;charset=UTF-8";

    private final Feeds feeds;
    private final PageResponses pages;

    FeedPages(Feeds feeds, PageResponses pages) {
        this.feeds = feeds;
        this.pages = pages;
    }

    @GET
    @Path("rss.xml")
    public RestResponse<byte[]> site(RoutingContext ctx) {
        return rss(pages, ctx, feeds.site(), Reach.SHARED);
    }

    @GET
    @Path("{section}/rss.xml")
    public RestResponse<byte[]> section(@RestPath String section, RoutingContext ctx) {
        return rss(pages, ctx, feeds.section(section).orElseThrow(NotFoundException::new), Reach.SHARED);
    }

    @GET
    @Path("{section}/{subsection}/rss.xml")
    public RestResponse<byte[]> subsection(@RestPath String section, @RestPath String subsection, RoutingContext ctx) {
        return rss(pages, ctx, feeds.section(section + "/" + subsection).orElseThrow(NotFoundException::new), Reach.SHARED);
    }

    static RestResponse<byte[]> rss(PageResponses pages, RoutingContext ctx, String xml, Reach reach) {
        return pages.bytes(ctx, xml.getBytes(StandardCharsets.UTF_8), RSS, Freshness.FEED, reach);
    }
}
