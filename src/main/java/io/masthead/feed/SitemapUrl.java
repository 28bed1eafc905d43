package io.masthead.feed;

import java.time.Instant;

/** One {@code <url>} of a sitemap; the id is the key its page is cut by. */
record SitemapUrl(long id, String path, Instant lastModified) {
}
