package io.masthead.web;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a request that changes something was sent by a page of this site. Browsers name the page's
 * origin in {@code Origin} on every POST (and say {@code Sec-Fetch-Site}); a form on another site that
 * posts here is refused by that alone, before its body is read. A client that sends neither header is
 * not a browser acting for someone else; the CSRF token still applies to it.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean allows(HttpServerRequest request, String baseUrl) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return matches(origin, baseUrl, request.getHeader("Host"));
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite == null || fetchSite.equals("same-origin") || fetchSite.equals("none");
    }

    static boolean matches(String origin, String baseUrl, String host) {
        String value = origin.strip().toLowerCase(Locale.ROOT);
        if (value.equals("null") || value.isEmpty()) {
            return false;
        }
        if (value.equals(originOf(baseUrl))) {
            return true;
        }
        // The address the browser itself sent the request to (a browser sets Host; a page cannot).
        int scheme = value.indexOf("://");
        return host != null && scheme > 0 && value.substring(scheme + 3).equals(host.strip().toLowerCase(Locale.ROOT));
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            return origin.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
