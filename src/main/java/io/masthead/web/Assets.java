package io.masthead.web;

import io.masthead.delivery.ContentCoding;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stylesheet, script and icon under content-fingerprinted names ({cdi:assets.css} is
 * "/assets/site.1a2b3c4d5e.css"), so browsers may keep them for a year: a new build, a new name.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    record Asset(String url, String contentType, byte[] body, byte[] gzipped) {
    }

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Asset css = load("site", "css", "text/css;charset=UTF-8");
    private final Asset js = load("site", "js", "text/javascript;charset=UTF-8");
    private final Asset icon = load("favicon", "svg", "image/svg+xml");

    public String css() {
        return css.url();
    }

    public String js() {
        return js.url();
    }

    public String icon() {
        return icon.url();
    }

    public void install(Router router, int order) {
        for (Asset asset : new Asset[] {css, js, icon}) {
            router.get(asset.url()).order(order).handler(ctx -> serve(ctx, asset));
        }
    }

    private static void serve(RoutingContext ctx, Asset asset) {
        boolean gzip = ContentCoding.choose(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING), false) == ContentCoding.GZIP;
        ctx.response().headers()
                .set(HttpHeaders.CONTENT_TYPE, asset.contentType())
                .set(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .set(HttpHeaders.VARY, "Accept-Encoding");
        if (gzip) {
            ctx.response().headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        ctx.response().end(Buffer.buffer(gzip ? asset.gzipped() : asset.body()));
    }

    private static Asset load(String name, String extension, String contentType) {
        String path = "META-INF/resources/assets/" + name + "." + extension;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing");
            }
            byte[] body = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 5);
            return new Asset("/assets/" + name + "." + hash + "." + extension, contentType, body, ContentCoding.gzip(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
