package io.masthead.cache;

/** A rendered public page as it goes over the wire, identity and gzip-encoded. */
public record CachedPage(String contentType, String cacheControl, String etag, byte[] body, byte[] gzipped) {

    /** Bytes held in memory, for the cache's size bound. */
    int weight() {
        return body.length + gzipped.length + 256;
    }
}
