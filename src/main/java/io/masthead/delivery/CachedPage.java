package io.masthead.delivery;

/**
 * A rendered public page as it goes over the wire, identity, gzip and brotli-encoded, the route
 * template it was rendered for (its metrics name when it is served from memory), and how many
 * pages' readers share it (which budget keeps it).
 *
 * <p>A page of one item ({@link Reach#SINGLE}: an archive article) is kept uncompressed at first:
 * most are asked for once, and brotli and gzip cost more than rendering the page did. The HTTP
 * layer compresses it on the way out for clients that ask; once it is asked for again, the page
 * cache compresses it once ({@link #compressed()}) like any shared page.
 */
public record CachedPage(String contentType, String cacheControl, String etag, byte[] body, byte[] gzipped,
        byte[] brotli, String route, Reach reach) {

    /** The page as it is kept: a shared one with each coding computed once, a single one plain. */
    static CachedPage of(String contentType, String cacheControl, String etag, byte[] body, String route, Reach reach) {
        CachedPage page = new CachedPage(contentType, cacheControl, etag, body, null, null, route, reach);
        return reach == Reach.SHARED ? page.compressed() : page;
    }

    /** The same page with its gzip and brotli codings. */
    CachedPage compressed() {
        return isCompressed() ? this : new CachedPage(contentType, cacheControl, etag, body, ContentCoding.gzip(body),
                ContentCoding.brotli(body), route, reach);
    }

    boolean isCompressed() {
        return gzipped != null;
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
        return body.length + (gzipped == null ? 0 : gzipped.length) + (brotli == null ? 0 : brotli.length) + 256;
    }
}
