package io.masthead.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** RSS 2.0 for the site and each section; tags and authors have theirs under their own root paths. */
@Path("/")
public class FeedPages {

    static final String RSS = "application/rss+xml;charset=UTF-8";

    private final Feeds feeds;

    FeedPages(Feeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("rss.xml")
    public RestResponse<String> site() {
        return rss(feeds.site());
    }

    @GET
    @Path("{section}/rss.xml")
    public RestResponse<String> section(@RestPath String section) {
        return rss(feeds.section(section).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{section}/{subsection}/rss.xml")
    public RestResponse<String> subsection(@RestPath String section, @RestPath String subsection) {
        return rss(feeds.section(section + "/" + subsection).orElseThrow(NotFoundException::new));
    }

    static RestResponse<String> rss(String xml) {
        return RestResponse.ResponseBuilder.ok(xml, RSS).header("Cache-Control", CrawlerCaching.PUBLIC).build();
    }
}
