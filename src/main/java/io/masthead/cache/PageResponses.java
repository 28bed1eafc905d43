package io.masthead.cache;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
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

    public RestResponse<byte[]> html(RoutingContext ctx, TemplateInstance page, Freshness freshness) {
        return bytes(ctx, page.render().getBytes(StandardCharsets.UTF_8), HTML, freshness);
    }

    public RestResponse<byte[]> bytes(RoutingContext ctx, byte[] body, String contentType, Freshness freshness) {
        String etag = etag(body);
        Long generation = ctx.get(GENERATION);
        if (generation != null) {
            cache.put(ctx.request().uri(), new CachedPage(contentType, freshness.cacheControl, etag, body, gzip(body),
                    RequestMetrics.route(ctx)), generation);
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

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
