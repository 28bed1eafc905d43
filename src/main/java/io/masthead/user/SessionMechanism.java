package io.masthead.user;

import io.masthead.web.NewsroomPaths;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Newsroom requests are authenticated by the session cookie, looked up in the database
 * ({@link Sessions}). Every other request stays anonymous without a lookup: public pages neither
 * need the user nor extend the session, and never answer with a cookie.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    /** The cookie's token, carried to {@link SessionIdentityProvider}. */
    public static final class SessionRequest extends BaseAuthenticationRequest {
        final String token;

        SessionRequest(String token) {
            this.token = token;
        }
    }


    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identities) {
        Cookie cookie = ctx.request().getCookie(Sessions.COOKIE);
        if (cookie == null || cookie.getValue().isEmpty() || !NewsroomPaths.isSignedIn(ctx.normalizedPath())) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(cookie.getValue()), ctx));
    }

    /** To the sign-in page, as a path (never naming whatever Host the request named); a dead cookie goes. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        if (ctx.request().getCookie(Sessions.COOKIE) != null) {
            ctx.response().headers().add(HttpHeaders.SET_COOKIE, LoginCookies.cleared(Sessions.COOKIE));
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext ctx) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE));
    }
}
