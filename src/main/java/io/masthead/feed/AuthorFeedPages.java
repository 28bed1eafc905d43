package io.masthead.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** /author/{slug}/rss.xml. Its own class: a request under /author only meets resources rooted there. */
@Path("/author")
public class AuthorFeedPages {

    private final Feeds feeds;

    AuthorFeedPages(Feeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("{slug}/rss.xml")
    public RestResponse<String> feed(@RestPath String slug) {
        return FeedPages.rss(feeds.author(slug).orElseThrow(NotFoundException::new));
    }
}
