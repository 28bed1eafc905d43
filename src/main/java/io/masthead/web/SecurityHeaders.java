package io.masthead.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Headers every response carries, error pages included. */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self'; media-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public void handle(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "strict-origin-when-cross-origin")
                .set("X-Frame-Options", "DENY");
        ctx.next();
    }
}
