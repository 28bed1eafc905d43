package io.masthead.cache;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves cached public pages straight from the Vert.x router, before the REST layer: no
 * resource method, no template, no SQL. A miss notes the cache generation and carries on.
 */
@ApplicationScoped
public class CachedPageRoute {

    /** Never cached: the newsroom, login, framework endpoints, and what is served from files. */
    private static final String[] BYPASS = {"/admin", "/login", "/logout", "/j_security_check", "/q/", "/views/",
        "/media/", "/assets/"};

    private final PageCache cache;

    CachedPageRoute(PageCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (!cache.enabled() || !(method == HttpMethod.GET || method == HttpMethod.HEAD) || bypassed(ctx.request().path())) {
            ctx.next();
            return;
        }
        long generation = cache.generation();
        CachedPage page = cache.get(ctx.request().uri());
        if (page == null) {
            RequestMetrics.cacheResult(ctx, RequestMetrics.MISS);
            ctx.put(PageResponses.GENERATION, generation);
            ctx.next();
            return;
        }
        RequestMetrics.cacheResult(ctx, RequestMetrics.HIT);
        RequestMetrics.route(ctx, page.route());
        HttpServerResponse response = ctx.response();
        response.headers()
                .set(HttpHeaders.ETAG, page.etag())
                .set(HttpHeaders.CACHE_CONTROL, page.cacheControl())
                .set(HttpHeaders.VARY, "Accept-Encoding");
        if (page.etag().equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.headers().set(HttpHeaders.CONTENT_TYPE, page.contentType());
        ContentCoding coding = ContentCoding.choose(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING), page.brotli() != null);
        byte[] body = page.bytes(coding);
        if (coding.header != null) {
            response.headers().set(HttpHeaders.CONTENT_ENCODING, coding.header);
        }
        if (method == HttpMethod.HEAD) {
            response.headers().set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    private static boolean bypassed(String path) {
        for (String prefix : BYPASS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
