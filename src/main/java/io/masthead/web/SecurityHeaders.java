package io.masthead.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Headers every response carries, error pages included. */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self'; media-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.response().headers()
                    .set("Content-Security-Policy", CSP)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Referrer-Policy", "strict-origin-when-cross-origin")
                    .set("X-Frame-Options", "DENY");
            ctx.next();
        });
    }
}
