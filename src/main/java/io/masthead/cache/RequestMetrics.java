package io.masthead.cache;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Request timing (http_server_requests_seconds) for pages the cache answers. Those never reach
 * the REST layer, which is what names a request's route; without help they would be timed under
 * their raw URL, a new time series per article. So a cached page remembers the route template it
 * was rendered for and a hit reports that one. Every request also carries a {@code cache} tag
 * (hit, miss, or none where the cache is not consulted), so render times and memory answers are
 * not averaged together.
 */
@Singleton
public class RequestMetrics implements HttpServerMetricsTagsContributor {

    /** The request-context key under which Quarkus REST and the Micrometer binder share the route template. */
    static final String ROUTE = "UrlPathTemplate";
    static final String CACHE = "masthead.cache";
    static final String HIT = "hit";
    static final String MISS = "miss";
    static final String NONE = "none";

    @Override
    public Tags contribute(HttpServerMetricsTagsContributor.Context context) {
        String result = context.requestContextLocalData(CACHE);
        return Tags.of("cache", result == null ? NONE : result);
    }

    static String route(RoutingContext ctx) {
        return requestContext(ctx).getLocal(ROUTE);
    }

    /** Names the route of a request answered without the REST layer; never its raw URL. */
    static void route(RoutingContext ctx, String route) {
        requestContext(ctx).putLocal(ROUTE, route == null ? "/{cached}" : route);
    }

    static void cacheResult(RoutingContext ctx, String result) {
        requestContext(ctx).putLocal(CACHE, result);
    }

    private static io.vertx.core.Context requestContext(RoutingContext ctx) {
        return ((HttpServerRequestInternal) ctx.request()).context();
    }
}
