package io.masthead.feed;

/** What a feed is of: the site, a section, a tag or an author; paths are site-relative. */
record FeedChannel(String title, String description, String pagePath, String feedPath) {
}
