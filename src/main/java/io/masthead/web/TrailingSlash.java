package io.masthead.web;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Listing pages live at URLs ending in a slash; the same path without it answers 301 there. */
public final class TrailingSlash {

    private TrailingSlash() {
    }

    public static Optional<RestResponse<?>> require(HttpServerRequest request) {
        String path = request.path();
        if (path.endsWith("/")) {
            return Optional.empty();
        }
        String query = request.query();
        String target = path + "/" + (query == null || query.isEmpty() ? "" : "?" + query);
        return Optional.of(RestResponse.ResponseBuilder.create(RestResponse.Status.MOVED_PERMANENTLY)
                .location(URI.create(target)).build());
    }
}
