package io.masthead.cache;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * Serves public pages straight from the Vert.x router, before the REST layer. A page in the page
 * cache is sent as it is: no resource method, no template, no SQL. A page whose data is all in the
 * data cache ({@link InMemoryPage}) is rendered here on the event loop and stored. Anything else
 * notes the cache generation and carries on to its resource method.
 */
@ApplicationScoped
public class CachedPageRoute {

    /**
     * Never cached: the newsroom, login, framework endpoints, and what is served from files. Search
     * pages are cacheable by browsers and proxies (ETag, Cache-Control) but not kept here: each query
     * is a page of its own, and a long tail of them would push the site's pages out of the cache.
     */
    private static final String[] BYPASS = {"/admin", "/login", "/logout", "/j_security_check", "/q/", "/views/",
        "/media/", "/assets/", "/search"};

    private final PageCache cache;
    private final List<InMemoryPage> inMemoryPages;

    CachedPageRoute(PageCache cache, Instance<InMemoryPage> inMemoryPages) {
        this.cache = cache;
        this.inMemoryPages = inMemoryPages.stream().toList();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (!(method == HttpMethod.GET || method == HttpMethod.HEAD) || bypassed(ctx.request().path())) {
            ctx.next();
            return;
        }
        long generation = cache.generation();
        CachedPage page = cache.get(ctx.request().uri());
        if (page != null) {
            RequestMetrics.cacheResult(ctx, RequestMetrics.HIT);
            RequestMetrics.route(ctx, page.route());
            send(ctx, page);
            return;
        }
        if (cache.enabled()) {
            RequestMetrics.cacheResult(ctx, RequestMetrics.MISS);
        }
        String path = ctx.request().path();
        InMemoryPage.Rendered rendered = null;
        ByteBuf body = null;
        try {
            rendered = renderInMemory(path, ctx.request().query());
            body = rendered == null ? null : Utf8Render.render(rendered.page());
        } catch (RuntimeException e) {
            // Not loaded (the template itself looks up the site header, say) or a failure the
            // resource method will answer with its error page.
            if (!PageCache.NotLoaded.causedBy(e)) {
                Log.warnf(e, "Rendering %s on the event loop failed; its resource method answers instead", path);
            }
        }
        if (body == null) {
            if (cache.enabled()) {
                ctx.put(PageResponses.GENERATION, generation);
            }
            ctx.next();
            return;
        }
        RequestMetrics.route(ctx, rendered.route());
        String etag = PageResponses.etag(body.nioBuffer());
        String cacheControl = rendered.freshness().cacheControl;
        if (cache.enabled()) {
            cache.putInBackground(ctx.request().uri(), PageResponses.HTML, cacheControl, etag,
                    ByteBufUtil.getBytes(body), rendered.route(), generation);
        }
        if (head(ctx, etag, cacheControl)) {
            // Not compressed ahead: the HTTP layer compresses this one for clients that ask.
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, PageResponses.HTML);
            end(ctx, Buffer.buffer(body));
        }
    }

    private InMemoryPage.Rendered renderInMemory(String path, String query) {
        for (InMemoryPage candidate : inMemoryPages) {
            try {
                InMemoryPage.Rendered rendered = candidate.render(path, query);
                if (rendered != null) {
                    return rendered;
                }
            } catch (PageCache.NotLoaded e) {
                // Another kind of page may know the path (a section front is looked up for
                // /tag/x/ too); if none does, the resource method answers.
            }
        }
        return null;
    }

    private static void send(RoutingContext ctx, CachedPage page) {
        if (!head(ctx, page.etag(), page.cacheControl())) {
            return;
        }
        HttpServerResponse response = ctx.response();
        response.headers().set(HttpHeaders.CONTENT_TYPE, page.contentType());
        ContentCoding coding = ContentCoding.choose(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING),
                page.brotli() != null);
        if (coding.header != null) {
            response.headers().set(HttpHeaders.CONTENT_ENCODING, coding.header);
        }
        // Wrapped, not copied: a cached page's bytes are never changed.
        end(ctx, Buffer.buffer(Unpooled.wrappedBuffer(page.bytes(coding))));
    }

    /** Sets the validator and cache headers; answers 304 and returns false when the reader's copy is current. */
    private static boolean head(RoutingContext ctx, String etag, String cacheControl) {
        HttpServerResponse response = ctx.response();
        response.headers()
                .set(HttpHeaders.ETAG, etag)
                .set(HttpHeaders.CACHE_CONTROL, cacheControl)
                .set(HttpHeaders.VARY, "Accept-Encoding");
        if (etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return false;
        }
        return true;
    }

    private static void end(RoutingContext ctx, Buffer body) {
        HttpServerResponse response = ctx.response();
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.headers().set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
            response.end();
        } else {
            response.end(body);
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
