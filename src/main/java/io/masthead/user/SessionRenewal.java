package io.masthead.user;

import io.masthead.web.ClientAddress;
import io.masthead.config.MastheadConfig;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fresh session for the person at the keyboard after a change that ends all of a user's
 * sessions (their own new password): every other browser is signed out, this one stays in.
 */
@ApplicationScoped
public class SessionRenewal {

    private final Sessions sessions;
    private final ClientAddress clientAddress;
    private final String csrfCookie;
    private final long csrfMaxAge;

    SessionRenewal(Sessions sessions, ClientAddress clientAddress, MastheadConfig config,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.sessions = sessions;
        this.clientAddress = clientAddress;
        this.csrfCookie = csrfCookie;
        this.csrfMaxAge = config.session().lifetime().toSeconds();
    }

    /** Ends the request's session and opens a new one; the Set-Cookie values that carry it. */
    public List<String> renew(RoutingContext ctx, User user) {
        Cookie old = ctx.request().getCookie(Sessions.COOKIE);
        if (old != null) {
            sessions.close(old.getValue());
        }
        Sessions.Opened opened = sessions.open(user, clientAddress.of(ctx));
        return List.of(LoginCookies.session(opened.token(), ctx.request()),
                LoginCookies.csrf(csrfCookie, opened.csrfToken(), csrfMaxAge, ctx.request()));
    }
}
