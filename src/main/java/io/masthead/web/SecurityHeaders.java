package io.masthead.web;

import io.masthead.config.MastheadConfig;
import io.quarkus.logging.Log;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Headers every response carries, error pages included, and the rules every request meets first:
 * <ul>
 * <li>a request that changes something in the newsroom must come from a page of this site
 * ({@link SameOrigin}), checked before its body is read;</li>
 * <li>public responses never set a cookie, whatever code below tried to;</li>
 * <li>over TLS (directly or from a trusted proxy) HSTS is sent and every cookie is Secure;</li>
 * <li>redirects name a path, never whatever Host the request named.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self'; media-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Site site;
    private final String hsts;
    private final ClientAddress clientAddress;

    SecurityHeaders(Site site, MastheadConfig config, ClientAddress clientAddress) {
        this.site = site;
        long maxAge = config.security().hstsMaxAge().toSeconds();
        this.hsts = maxAge > 0 ? "max-age=" + maxAge : null;
        this.clientAddress = clientAddress;
    }

    /** First in the delivery pipeline: every request meets these rules, every response carries these headers. */
    public void handle(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "strict-origin-when-cross-origin")
                .set("X-Frame-Options", "DENY");
        String path = ctx.normalizedPath();
        boolean newsroom = NewsroomPaths.isNewsroom(path);
        HttpServerRequest request = ctx.request();
        if (newsroom && changesState(request.method()) && !SameOrigin.allows(request, site.baseUrl())) {
            Log.infof("Refused %s %s from another site (Origin %s, client %s)", request.method(), LogText.of(path),
                    LogText.of(request.getHeader("Origin")), LogText.of(clientAddress.of(ctx)));
            ErrorPages.send(ctx, 403, null);
            return;
        }
        boolean tls = request.isSSL();
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            if (!newsroom) {
                headers.remove(HttpHeaders.SET_COOKIE);
            }
            if (tls) {
                if (hsts != null) {
                    headers.set("Strict-Transport-Security", hsts);
                }
                secureCookies(headers);
            }
            String location = headers.get(HttpHeaders.LOCATION);
            if (location != null) {
                headers.set(HttpHeaders.LOCATION, asPath(location, request));
            }
        });
        ctx.next();
    }

    /**
     * A Location the framework made absolute from the request's own scheme and Host becomes a path
     * (a relative reference the browser resolves against the address it asked): a forged Host
     * header can then never send anyone elsewhere, and no redirect depends on the proxy's scheme.
     */
    static String asPath(String location, HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null) {
            return location;
        }
        String own = (request.scheme() + "://" + host).toLowerCase(Locale.ROOT);
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith(own) && (lower.length() == own.length() || "/?#".indexOf(lower.charAt(own.length())) >= 0)) {
            String path = location.substring(own.length());
            return path.startsWith("/") ? path : "/" + path;
        }
        return location;
    }

    private static void secureCookies(MultiMap headers) {
        List<String> cookies = headers.getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty()) {
            return;
        }
        List<String> secured = new ArrayList<>(cookies.size());
        for (String cookie : cookies) {
            secured.add(cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?") ? cookie : cookie + "; Secure");
        }
        headers.remove(HttpHeaders.SET_COOKIE);
        headers.add("Set-Cookie", secured);
    }

    private static boolean changesState(HttpMethod method) {
        return !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
    }
}
