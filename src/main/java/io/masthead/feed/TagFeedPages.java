package io.masthead.feed;

import io.masthead.cache.PageResponses;
import io.masthead.cache.Reach;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** /tag/{slug}/rss.xml. Its own class: a request under /tag only meets resources rooted there. */
@Path("/tag")
@PermitAll
public class TagFeedPages {

    private final Feeds feeds;
    private final PageResponses pages;

    TagFeedPages(Feeds feeds, PageResponses pages) {
        this.feeds = feeds;
        this.pages = pages;
    }

    @GET
    @Path("{slug}/rss.xml")
    public RestResponse<byte[]> feed(@RestPath String slug, RoutingContext ctx) {
        return FeedPages.rss(pages, ctx, feeds.tag(slug).orElseThrow(NotFoundException::new), Reach.SINGLE);
    }
}
