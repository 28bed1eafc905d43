package io.masthead.admin;

import io.masthead.web.NewsroomPaths;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Newsroom responses are never cached. The CSRF filter would hand every visitor a token cookie;
 * only pages under /admin hold forms that need it, so every other page drops it and public pages
 * stay cookie-free (and cacheable).
 */
@ApplicationScoped
public class NewsroomHeaders {

    private final String csrfCookie;

    NewsroomHeaders(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.csrfCookie = csrfCookie;
    }

    public void handle(RoutingContext ctx) {
        boolean newsroom = NewsroomPaths.isNewsroom(ctx.normalizedPath());
        ctx.addHeadersEndHandler(v -> {
            if (newsroom) {
                ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                if (ctx.request().method() == HttpMethod.GET && ctx.request().getCookie(Flash.COOKIE) != null) {
                    // The flash message was shown on this page: once is enough.
                    ctx.response().addCookie(Cookie.cookie(Flash.COOKIE, "").setPath("/admin").setMaxAge(0));
                }
            }
            // The sign-in form carries a token too (user/LoginCheck checks it).
            if (!ctx.normalizedPath().startsWith("/admin") && !ctx.normalizedPath().equals("/login")) {
                ctx.response().removeCookie(csrfCookie, false);
            }
        });
        ctx.next();
    }
}
