package io.masthead.user;

import io.masthead.web.LogText;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a session cookie into the user, from the database on every newsroom request: a session
 * ended anywhere is refused everywhere, and the user's current role applies. A request that
 * changes something must also bring the CSRF cookie made for this session at sign-in: a token
 * planted in the browser beforehand, or taken from another session, is refused here, before the
 * request body is read.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionMechanism.SessionRequest> {

    private final Sessions sessions;
    private final String csrfCookie;

    SessionIdentityProvider(Sessions sessions, @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.sessions = sessions;
        this.csrfCookie = csrfCookie;
    }

    @Override
    public Class<SessionMechanism.SessionRequest> getRequestType() {
        return SessionMechanism.SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionMechanism.SessionRequest request, AuthenticationRequestContext context) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean changesState = ctx != null && !isSafe(ctx.request().method());
        Cookie csrf = ctx == null ? null : ctx.request().getCookie(csrfCookie);
        return context.runBlocking(() -> {
            Sessions.Live live = sessions.find(request.token, true).orElseThrow(AuthenticationFailedException::new);
            if (changesState && (csrf == null || !same(csrf.getValue(), live.csrfToken()))) {
                Log.infof("Refused a %s by %s: its CSRF cookie is not the one of the session", ctx.request().method(),
                        LogText.of(live.user().username));
                throw new AuthenticationFailedException();
            }
            return Identities.of(live.user());
        });
    }

    private static boolean isSafe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
