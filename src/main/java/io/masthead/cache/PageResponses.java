package io.masthead.cache;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Renders a public page once: the bytes go to the reader with an ETag and cache headers, and
 * into the {@link PageCache} so the next reader of the same URI is served by {@link CachedPageRoute}.
 */
@ApplicationScoped
public class PageResponses {

    static final String HTML = "text/html;charset=UTF-8";
    static final String GENERATION = "masthead.cache.generation";

    private final PageCache cache;

    PageResponses(PageCache cache) {
        this.cache = cache;
    }

    public RestResponse<byte[]> html(RoutingContext ctx, TemplateInstance page, Freshness freshness, Reach reach) {
        return bytes(ctx, Utf8Render.renderBytes(page), HTML, freshness, reach);
    }

    public RestResponse<byte[]> bytes(RoutingContext ctx, byte[] body, String contentType, Freshness freshness,
            Reach reach) {
        String etag = etag(body);
        Long generation = ctx.get(GENERATION);
        // A page made with data from before the latest change goes to this reader only.
        if (generation != null && !DataCache.servedStale()) {
            cache.put(ctx.request().uri(), CachedPage.of(contentType, freshness.cacheControl, etag, body,
                    RequestMetrics.route(ctx), reach), generation);
        }
        if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
            return RestResponse.ResponseBuilder.<byte[]>create(RestResponse.Status.NOT_MODIFIED)
                    .header("ETag", etag)
                    .header("Cache-Control", freshness.cacheControl)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(body)
                .header("Content-Type", contentType)
                .header("ETag", etag)
                .header("Cache-Control", freshness.cacheControl)
                .header("Vary", "Accept-Encoding")
                .build();
    }

    /**
     * A strong validator from two independent 32-bit checksums (both CPU intrinsics) and the
     * length: a cryptographic digest cost more than the rest of a cold page's bookkeeping, and
     * an ETag only has to tell one version of a page from the next.
     */
    static String etag(byte[] body) {
        return etag(java.nio.ByteBuffer.wrap(body));
    }

    static String etag(java.nio.ByteBuffer body) {
        int length = body.remaining();
        CRC32 crc32 = new CRC32();
        crc32.update(body.duplicate());
        CRC32C crc32c = new CRC32C();
        crc32c.update(body);
        return "\"" + Long.toHexString(crc32.getValue() << 32 | crc32c.getValue()) + "-" + Integer.toHexString(length) + "\"";
    }
}
