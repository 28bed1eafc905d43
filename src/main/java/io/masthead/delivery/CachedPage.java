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
 * no coding gets them inflated. A page asked for again is worth the coding its client takes: brotli,
 * or the plain bytes for a client that takes no coding, are then added ({@link #with}).
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

    /** The same page with {@code coding} kept too (the same page when it holds it, or brotli is not available here). */
    CachedPage with(ContentCoding coding) {
        if (holds(coding)) {
            return this;
        }
        return coding == ContentCoding.BROTLI
                ? new CachedPage(contentType, cacheControl, etag, body, gzipped,
                        ContentCoding.brotli(bytes(ContentCoding.IDENTITY)), route, reach)
                : new CachedPage(contentType, cacheControl, etag, ContentCoding.gunzip(gzipped), gzipped, brotli, route, reach);
    }

    /** Whether the page is kept in {@code coding}, so that serving it costs no compression or inflation. */
    boolean holds(ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> brotli != null || !ContentCoding.BROTLI_AVAILABLE;
            case GZIP -> true;
            case IDENTITY -> body != null;
        };
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
