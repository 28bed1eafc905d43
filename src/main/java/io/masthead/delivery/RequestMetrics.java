package io.masthead.delivery;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.smallrye.common.vertx.ContextLocals;
import jakarta.inject.Singleton;

/**
 * Request timing (http_server_requests_seconds) for public pages, which the delivery pipeline
 * answers without the REST layer (the usual source of a request's route name): each is timed
 * under its page's route template, never its raw URL (a time series per article). Every request
 * also carries a {@code cache} tag (hit, miss, or none where the page cache is not consulted),
 * so render times and answers from memory are not averaged together.
 */
@Singleton
public class RequestMetrics implements HttpServerMetricsTagsContributor {

    /** The request-local key under which the Micrometer binder looks for the route template. */
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

    /** Names the route of the request being handled (on its own Vert.x context). */
    static void route(String template) {
        ContextLocals.put(ROUTE, template);
    }

    static void cacheResult(String result) {
        ContextLocals.put(CACHE, result);
    }
}
