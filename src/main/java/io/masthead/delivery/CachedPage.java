package io.masthead.delivery;

/**
 * A rendered public page as it goes over the wire, identity, gzip and brotli-encoded, the route
 * template it was rendered for (its metrics name when it is served from memory), and how many
 * pages' readers share it (which budget keeps it).
 *
 * <p>A page of one item ({@link Reach#SINGLE}: an archive article, a tag or author page) is kept
 * only gzipped at the fastest level ({@code body} null): a fourth of the bytes, so four times as
 * many such pages stay in their budget, for a fraction of what brotli, or gzip at its usual level,
 * cost next to the render. A client that takes gzip gets those bytes as they are; one that takes
 * no coding gets them inflated. Once a client that takes brotli asks for the page again, brotli is
 * added ({@link #withBrotli()}).
 */
public record CachedPage(String contentType, String cacheControl, String etag, byte[] body, byte[] gzipped,
        byte[] brotli, String route, Reach reach) {

    /** The page as it is kept: a shared one in every coding, a single one gzipped. */
    static CachedPage of(String contentType, String cacheControl, String etag, byte[] body, String route, Reach reach) {
        return reach == Reach.SHARED
                ? new CachedPage(contentType, cacheControl, etag, body, ContentCoding.gzip(body),
                        ContentCoding.brotli(body), route, reach)
                : new CachedPage(contentType, cacheControl, etag, null, ContentCoding.gzipFast(body), null, route, reach);
    }

    /** The same page with its brotli coding too (the same page where brotli is not available here). */
    CachedPage withBrotli() {
        return hasBrotli() || !ContentCoding.BROTLI_AVAILABLE ? this : new CachedPage(contentType, cacheControl, etag,
                body, gzipped, ContentCoding.brotli(bytes(ContentCoding.IDENTITY)), route, reach);
    }

    boolean hasBrotli() {
        return brotli != null;
    }

    byte[] bytes(ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> brotli;
            case GZIP -> gzipped;
            case IDENTITY -> body != null ? body : ContentCoding.gunzip(gzipped);
        };
    }

    /** Bytes held in memory, for the cache's size bound. */
    int weight() {
        return (body == null ? 0 : body.length) + gzipped.length + (brotli == null ? 0 : brotli.length) + 256;
    }
}
