package io.masthead.cache;

/** A rendered public page as it goes over the wire, identity and gzip-encoded. */
public record CachedPage(String contentType, String cacheControl, String etag, byte[] body, byte[] gzipped,
        byte[] brotli) {

    /** The page with each coding computed once. */
    static CachedPage of(String contentType, String cacheControl, String etag, byte[] body) {
        return new CachedPage(contentType, cacheControl, etag, body, ContentCoding.gzip(body), ContentCoding.brotli(body));
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
