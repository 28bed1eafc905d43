package io.masthead.feed;

import io.masthead.media.Picture;
import java.time.Instant;
import java.util.List;

/** One article as a feed item: everything the item shows, loaded for the whole feed in a few queries. */
record FeedItem(String path, String title, String description, Instant publishedAt, List<String> creators,
        List<String> categories, Picture image, String imageAlt, String imageCredit) {
}
