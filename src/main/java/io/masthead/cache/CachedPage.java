package io.masthead.cache;

/**
 * A rendered public page as it goes over the wire, identity and gzip-encoded, and the route
 * template it was rendered for (e.g. {@code /{section}}), so that a request answered from the
 * cache is timed under the same bounded route name as one that rendered it.
 */
public record CachedPage(String contentType, String cacheControl, String etag, byte[] body, byte[] gzipped,
        String route) {

    /** Bytes held in memory, for the cache's size bound. */
    int weight() {
        return body.length + gzipped.length + 256;
    }
}
