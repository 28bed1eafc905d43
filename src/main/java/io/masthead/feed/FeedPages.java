package io.masthead.feed;

import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.section.Section;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/** RSS 2.0 for the site, each section, tag and author. */
@ApplicationScoped
public class FeedPages {

    static final String RSS = "application/rss+xml;charset=UTF-8";

    private final Feeds feeds;

    FeedPages(Feeds feeds) {
        this.feeds = feeds;
    }

    @Produces
    PublicPage siteFeed() {
        return PublicPage.at("/rss.xml", request -> rss(request, () -> Optional.of(feeds.site()), Reach.SHARED));
    }

    @Produces
    PublicPage sectionFeed() {
        return PublicPage.at("/{section:" + Section.ROUTE_SLUG + "}/rss.xml",
                request -> rss(request, () -> feeds.section(request.param("section")), Reach.SHARED));
    }

    @Produces
    PublicPage subsectionFeed() {
        return PublicPage.at("/{section:" + Section.ROUTE_SLUG + "}/{subsection:" + Slugs.RULE + "}/rss.xml",
                request -> rss(request,
                () -> feeds.section(request.param("section") + "/" + request.param("subsection")), Reach.SHARED));
    }

    @Produces
    PublicPage tagFeed() {
        return PublicPage.at("/tag/{slug}/rss.xml", request -> rss(request, () -> feeds.tag(request.param("slug")),
                Reach.SINGLE));
    }

    @Produces
    PublicPage authorFeed() {
        return PublicPage.at("/author/{slug}/rss.xml", request -> rss(request,
                () -> feeds.author(request.param("slug")), Reach.SINGLE));
    }

    private static Answer rss(PageRequest request, Supplier<Optional<String>> feed, Reach reach) {
        String xml = request.read(feed).orElseThrow(NotFoundException::new);
        return Answer.document(xml, RSS, Freshness.FEED, reach);
    }
}
