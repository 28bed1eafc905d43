package io.masthead.delivery;

import io.masthead.web.ErrorPages;
import io.masthead.web.LogText;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Serves every {@link PublicPage}: from the page cache when it holds the page; else the page
 * answers on the event loop when its data is loaded, and on a worker when not (the split the
 * benchmarks justify: an event-loop render skips the hop to a worker and all of the REST layer).
 * Whichever thread answers, the page is rendered once, sent with its validator and cache headers,
 * and kept, unless content changed meanwhile or it was made from data older than the last change.
 */
@ApplicationScoped
public class PageServer {

    private final PageCache cache;
    private final DataCache data;
    private final List<PublicPage> pages;

    PageServer(PageCache cache, DataCache data, Instance<PublicPage> pages) {
        this.cache = cache;
        this.data = data;
        this.pages = pages.stream().sorted((a, b) -> RouteTemplate.SPECIFIC_FIRST.compare(a.route(), b.route())).toList();
    }

    /** Every public page, most specific route first: the order in which a path meets them. */
    List<PublicPage> pages() {
        return pages;
    }

    /**
     * For GET and HEAD: first the page cache by URI (only public pages are ever kept, so a page
     * found there needs no route matched), then one route per page, most specific first.
     */
    void install(Router router, int order) {
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(order).handler(this::fromCache);
        for (PublicPage page : pages()) {
            router.routeWithRegex(page.route().pattern().pattern()).method(HttpMethod.GET).method(HttpMethod.HEAD)
                    .order(order).handler(ctx -> serve(ctx, page));
        }
    }

    private void fromCache(RoutingContext ctx) {
        CachedPage kept = cache.get(ctx.request().uri(), ContentCoding.choose(
                ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING), true) == ContentCoding.BROTLI);
        if (kept == null) {
            ctx.next();
            return;
        }
        RequestMetrics.route(kept.route());
        RequestMetrics.cacheResult(RequestMetrics.HIT);
        PageResponse.send(ctx, kept);
    }

    private void serve(RoutingContext ctx, PublicPage page) {
        String route = page.route().name();
        RequestMetrics.route(route);
        String path = ctx.request().path();
        if (page.route().isListing() && !path.endsWith("/")) {
            String query = ctx.request().query();
            redirect(ctx, path + "/" + (query == null || query.isEmpty() ? "" : "?" + query));
            return;
        }
        if (cache.enabled()) {
            cache.missed();
            RequestMetrics.cacheResult(RequestMetrics.MISS);
        }
        long generation = cache.generation();
        PageRequest request = new PageRequest(ctx, data);
        Rendered rendered;
        try {
            rendered = render(page.answer(request));
        } catch (RuntimeException e) {
            if (DataCache.NotLoaded.causedBy(e)) {
                onWorker(ctx, request, () -> render(page.answer(request)), route, generation);
            } else {
                fail(ctx, e);
            }
            return;
        }
        respond(ctx, request, rendered, route, generation);
    }

    /** An answer ready to go out. A stream is written on a worker; everything else is bytes by now. */
    private sealed interface Rendered {
    }

    private record Bytes(ByteBuf body, String contentType, Freshness freshness, Reach reach) implements Rendered {
    }

    private record Streamed(Answer.Stream stream) implements Rendered {
    }

    private record Moved(String location) implements Rendered {
    }

    private record Stored(Answer.File file) implements Rendered {
    }

    private static Rendered render(Answer answer) {
        if (answer instanceof Answer.Page page) {
            return new Bytes(Utf8Render.render(page.template()), PageResponse.HTML, page.freshness(), page.reach());
        }
        if (answer instanceof Answer.Document doc) {
            return new Bytes(Unpooled.wrappedBuffer(doc.body()), doc.contentType(), doc.freshness(), doc.reach());
        }
        if (answer instanceof Answer.Stream stream) {
            return new Streamed(stream);
        }
        if (answer instanceof Answer.File file) {
            return new Stored(file);
        }
        return new Moved(((Answer.Redirect) answer).location());
    }

    private void respond(RoutingContext ctx, PageRequest request, Rendered rendered, String route, long generation) {
        if (rendered instanceof Bytes bytes) {
            String etag = PageResponse.etag(bytes.body().nioBuffer());
            keep(ctx, request, bytes, etag, route, generation);
            PageResponse.sendRendered(ctx, bytes.body(), bytes.contentType(), bytes.freshness().cacheControl, etag);
        } else if (rendered instanceof Stored stored) {
            PageResponse.sendFile(ctx, stored.file());
        } else if (rendered instanceof Streamed streamed) {
            if (Context.isOnEventLoopThread()) {
                onWorker(ctx, request, () -> streamed, route, generation);
            } else {
                PageResponse.stream(ctx, streamed.stream());
            }
        } else {
            redirect(ctx, ((Moved) rendered).location());
        }
    }

    /**
     * Keeps what was rendered, unless it was made from data older than the latest change; the
     * page's own data goes once the page is kept (see {@link DataCache#release}).
     */
    private void keep(RoutingContext ctx, PageRequest request, Bytes bytes, String etag, String route, long generation) {
        if (!cache.enabled() || DataCache.servedStale()) {
            return;
        }
        String uri = ctx.request().uri();
        byte[] body = ByteBufUtil.getBytes(bytes.body());
        String cacheControl = bytes.freshness().cacheControl;
        if (Context.isOnEventLoopThread()) {
            cache.putInBackground(uri, bytes.contentType(), cacheControl, etag, body, route, bytes.reach(), generation,
                    () -> data.release(request.ownData()));
        } else if (cache.put(uri, CachedPage.of(bytes.contentType(), cacheControl, etag, body, route, bytes.reach()),
                generation)) {
            data.release(request.ownData());
        }
    }

    /** Answers on a worker, with a request context for the database; the response is sent from there. */
    private void onWorker(RoutingContext ctx, PageRequest request, Callable<Rendered> work, String route, long generation) {
        ctx.vertx().executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                respond(ctx, request, work.call(), route, generation);
            } catch (RuntimeException e) {
                fail(ctx, e);
            } finally {
                requestContext.terminate();
            }
            return null;
        }, false);
    }

    /** A permanent move to a path of this site: a path only, so no Host header can send the reader elsewhere. */
    private static void redirect(RoutingContext ctx, String path) {
        ctx.response().setStatusCode(301).putHeader(HttpHeaders.LOCATION, path).end();
    }

    /**
     * The error page for what a page threw: its status for a refusal (a 400 or 503 with the page's
     * own explanation, a 503 with its Retry-After), 500 (logged) for anything else.
     */
    private void fail(RoutingContext ctx, RuntimeException e) {
        int status;
        String detail = null;
        if (e instanceof WebApplicationException refusal) {
            status = refusal.getResponse().getStatus();
            detail = status == 400 || status == 503 ? refusal.getMessage() : null;
            String retryAfter = refusal.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER.toString());
            if (status == 503 && retryAfter != null) {
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfter);
            }
        } else {
            Log.error("Rendering " + LogText.of(ctx.request().path()) + " failed", LogText.error(e));
            status = 500;
        }
        ErrorPages.send(ctx, status, detail);
    }
}
