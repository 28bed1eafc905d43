package io.masthead.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** /tag/{slug}/rss.xml. Its own class: a request under /tag only meets resources rooted there. */
@Path("/tag")
public class TagFeedPages {

    private final Feeds feeds;

    TagFeedPages(Feeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("{slug}/rss.xml")
    public RestResponse<String> feed(@RestPath String slug) {
        return FeedPages.rss(feeds.tag(slug).orElseThrow(NotFoundException::new));
    }
}
