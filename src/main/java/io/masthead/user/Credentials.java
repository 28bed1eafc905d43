package io.masthead.user;

import io.masthead.admin.AuditLog;
import io.masthead.web.LogText;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Checks a sign-in's username and password against the user table, behind the throttle. An unknown
 * user and a wrong password fail the same way and take the same time (a bcrypt check runs either
 * way). Blocking: called on a worker thread.
 */
@ApplicationScoped
public class Credentials {

    /** A bcrypt hash of a random password, checked when the user is unknown so timing does not tell. */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), User.BCRYPT_COST);
    }

    private final LoginThrottle throttle;
    private final FailedLogins failures;
    private final Sessions sessions;

    Credentials(LoginThrottle throttle, FailedLogins failures, Sessions sessions) {
        this.throttle = throttle;
        this.failures = failures;
        this.sessions = sessions;
    }

    /** A new session for the user, or empty when the sign-in failed for whatever reason. */
    public Attempt signIn(String typedUsername, String password, String client) {
        String username = typedUsername == null ? "" : typedUsername.strip();
        if (!throttle.allows(username, client)) {
            failures.record(username, client, true);
            return Attempt.THROTTLED;
        }
        User user = username.isEmpty() || username.length() > 64 ? null
                : QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElse(null));
        boolean ok = password != null && password.length() <= User.MAX_PASSWORD
                & User.matches(user != null ? user.passwordHash : Dummy.HASH, password == null ? "" : password)
                && user != null && user.enabled;
        if (!ok) {
            throttle.failed(username, client);
            failures.record(username, client, false);
            return Attempt.FAILED;
        }
        throttle.succeeded(username, client);
        Sessions.Opened opened = sessions.open(user, client);
        QuarkusTransaction.requiringNew().run(() -> AuditLog.record(user.username, "LOGIN", null, "client " + client));
        Log.infof("Signed in: %s from %s", LogText.of(user.username), LogText.of(client));
        return new Attempt(opened, false);
    }

    /**
     * How a sign-in went: a session, or none, and whether it was refused for too many attempts
     * (kept per typed name and client, so an unknown name is throttled exactly like a real one).
     */
    public record Attempt(Sessions.Opened session, boolean throttled) {
        static final Attempt FAILED = new Attempt(null, false);
        static final Attempt THROTTLED = new Attempt(null, true);
    }
}
