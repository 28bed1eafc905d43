package io.masthead.user;

import io.masthead.web.ClientAddress;
import io.masthead.web.ErrorPages;
import io.masthead.web.LogText;
import io.masthead.config.MastheadConfig;
import io.masthead.web.SameOrigin;
import io.masthead.web.Site;
import io.quarkus.logging.Log;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /j_security_check}, the sign-in form's target. In order: the request must come from a
 * page of this site ({@link SameOrigin}) and carry the CSRF token of the sign-in form it was sent
 * from (so no other site can sign a visitor in as someone else); then the throttle and the password
 * ({@link Credentials}). Success opens a server-side session and rotates the CSRF token; the answer
 * is a redirect to a path of this site, never naming the request's Host.
 */
@ApplicationScoped
public class LoginCheck {

    static final String PATH = "/j_security_check";
    private static final int MAX_BODY = 16 * 1024;

    private final Credentials credentials;
    private final ClientAddress clientAddress;
    private final Site site;
    private final String csrfCookie;
    private final String csrfField;
    private final long csrfMaxAge;

    LoginCheck(Credentials credentials, ClientAddress clientAddress, Site site, MastheadConfig config,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name") String csrfField) {
        this.credentials = credentials;
        this.clientAddress = clientAddress;
        this.site = site;
        this.csrfCookie = csrfCookie;
        this.csrfField = csrfField;
        this.csrfMaxAge = config.session().lifetime().toSeconds();
    }

    /** Ahead of authentication and the REST layer (see the delivery pipeline): nothing here needs either. */
    public void install(Router router, int order) {
        router.post(PATH).order(order)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY).setDeleteUploadedFilesOnEnd(true))
                .handler(this::signIn);
    }

    void signIn(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String client = clientAddress.of(ctx);
        if (!SameOrigin.allows(request, site.baseUrl())) {
            Log.infof("Refused a sign-in posted from another site (Origin %s) by %s", LogText.of(request.getHeader("Origin")),
                    LogText.of(client));
            ErrorPages.send(ctx, 403, null);
            return;
        }
        Cookie cookie = request.getCookie(csrfCookie);
        String token = request.getFormAttribute(csrfField);
        if (cookie == null || token == null || cookie.getValue().isEmpty()
                || !SessionIdentityProvider.same(cookie.getValue(), token)) {
            // No form of ours was filled in: a stale page or a forgery. A fresh form fixes the first.
            redirect(ctx, "/login?error", null);
            return;
        }
        String username = request.getFormAttribute("j_username");
        String password = request.getFormAttribute("j_password");
        ctx.vertx().executeBlocking(() -> credentials.signIn(username, password, client), false)
                .onSuccess(opened -> answer(ctx, opened))
                .onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx, Credentials.Attempt attempt) {
        if (attempt.session() == null) {
            redirect(ctx, attempt.throttled() ? "/login?locked" : "/login?error", null);
            return;
        }
        redirect(ctx, "/admin", attempt.session());
    }

    private void redirect(RoutingContext ctx, String path, Sessions.Opened session) {
        var response = ctx.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, path)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (session != null) {
            response.headers().add(HttpHeaders.SET_COOKIE, LoginCookies.session(session.token(), ctx.request()));
            response.headers().add(HttpHeaders.SET_COOKIE,
                    LoginCookies.csrf(csrfCookie, session.csrfToken(), csrfMaxAge, ctx.request()));
        }
        response.end();
    }
}
