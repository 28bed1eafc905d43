package io.masthead.cache;

/**
 * A rendered public page as it goes over the wire, identity, gzip and brotli-encoded, and the
 * route template it was rendered for (e.g. {@code /{section}}), so that a request answered from
 * the cache is timed under the same bounded route name as one that rendered it, and how many
 * pages' readers share it (which budget keeps it).
 */
public record CachedPage(String contentType, String cacheControl, String etag, byte[] body, byte[] gzipped,
        byte[] brotli, String route, Reach reach) {

    /** The page with each coding computed once. */
    static CachedPage of(String contentType, String cacheControl, String etag, byte[] body, String route, Reach reach) {
        return new CachedPage(contentType, cacheControl, etag, body, ContentCoding.gzip(body), ContentCoding.brotli(body),
                route, reach);
    }

    byte[] bytes(ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> brotli;
            case GZIP -> gzipped;
            case IDENTITY -> body;
        };
    }

    /** Bytes held in memory, for the cache's size bound. */
    int weight() {
        return body.length + gzipped.length + (brotli == null ? 0 : brotli.length) + 256;
    }
}
