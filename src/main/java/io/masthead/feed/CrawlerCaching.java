package io.masthead.feed;

/** Feeds and sitemaps may be cached like pages: readers and crawlers poll them often. */
final class CrawlerCaching {

    static final String PUBLIC = "public, max-age=300";

    private CrawlerCaching() {
    }
}
