package io.masthead.user;

import io.masthead.admin.AuditLog;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Checks a login form's username and password against the user table. An unknown user and a
 * wrong password fail the same way and take the same time (a bcrypt check runs either way).
 */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** A bcrypt hash of a random password, checked when the user is unknown so timing does not tell. */
    private static final class Dummy {
        // Computed on first use, on a worker thread: hashing at cost 12 must never block the event loop.
        static final String HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), User.BCRYPT_COST);
    }

    private final LoginThrottle throttle;

    DatabaseIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername() == null ? "" : request.getUsername().trim();
        String password = new String(request.getPassword().getPassword());
        String client = LoginThrottle.clientOf(request);
        return context.runBlocking(() -> check(username, password, client));
    }

    private SecurityIdentity check(String username, String password, String client) {
        if (!throttle.allowed(username, client)) {
            audit(username, "LOGIN_REFUSED", "too many failed attempts from " + client);
            Log.warnf("Login refused for %s from %s: too many failed attempts", username, client);
            throw new AuthenticationFailedException();
        }
        User user = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElse(null));
        boolean ok = password.length() <= User.MAX_PASSWORD
                && User.matches(user != null ? user.passwordHash : Dummy.HASH, password)
                && user != null && user.enabled;
        if (!ok) {
            throttle.failed(username, client);
            audit(username, "LOGIN_FAILED", client);
            Log.infof("Failed login for %s from %s", username, client);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username, client);
        audit(username, "LOGIN", client);
        return Identities.of(user);
    }

    private static void audit(String username, String action, String detail) {
        QuarkusTransaction.requiringNew().run(() -> AuditLog.record(username, action, null, detail));
    }
}
