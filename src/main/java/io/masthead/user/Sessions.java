package io.masthead.user;

import io.masthead.config.MastheadConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Newsroom sessions, kept in the database so every instance agrees at once: a session ends when
 * its user signs out, after {@code masthead.session.idle-timeout} without a newsroom request,
 * {@code masthead.session.lifetime} after sign-in, and as soon as the account is disabled or its
 * role or password changes ({@link User#sessionEpoch}).
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "masthead-session";
    /** How stale last_seen_at may get before a request writes it again: one write a minute per session at most. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration idle;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    Sessions(MastheadConfig config) {
        this.idle = config.session().idleTimeout();
        this.lifetime = config.session().lifetime();
    }

    /** A session just begun: the cookie's token and the CSRF token its forms carry. */
    public record Opened(String token, String csrfToken) {
    }

    /** A live session: whose it is and the CSRF token bound to it. */
    public record Live(User user, String csrfToken) {
    }

    public Opened open(User user, String client) {
        String token = random(32);
        // The size the CSRF filter expects of its cookie (quarkus.rest-csrf.token-size, 16 bytes).
        String csrf = random(16);
        QuarkusTransaction.requiringNew().run(() -> {
            LoginSession session = new LoginSession();
            session.tokenHash = hash(token);
            session.user = User.findById(user.id);
            session.userEpoch = session.user.sessionEpoch;
            session.csrfToken = csrf;
            session.createdAt = clock.instant();
            session.lastSeenAt = session.createdAt;
            session.client = client == null ? null : client.substring(0, Math.min(client.length(), 64));
            session.persist();
        });
        return new Opened(token, csrf);
    }

    /**
     * The session behind a cookie's token, if it is still live. {@code touch}: this request counts
     * as activity (newsroom requests do; a signed-in editor reading the public site does not).
     */
    public Optional<Live> find(String token, boolean touch) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String key = hash(token);
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginSession session = LoginSession.<LoginSession>find(
                    "select s from LoginSession s join fetch s.user where s.tokenHash = ?1", key).firstResult();
            if (session == null) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            User user = session.user;
            boolean live = user.enabled && session.userEpoch == user.sessionEpoch
                    && session.lastSeenAt.plus(idle).isAfter(now) && session.createdAt.plus(lifetime).isAfter(now);
            if (!live) {
                session.delete();
                return Optional.empty();
            }
            if (touch && session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
                session.lastSeenAt = now;
            }
            return Optional.of(new Live(user, session.csrfToken));
        });
    }

    /** Signing out: the session is gone for every instance, whatever copies of the cookie exist. */
    public void close(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return;
        }
        String key = hash(token);
        QuarkusTransaction.requiringNew().run(() -> LoginSession.delete("tokenHash", key));
    }

    /** Sessions that can no longer be used, removed now and then; any instance may do it. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant now = clock.instant();
        long removed = QuarkusTransaction.requiringNew().call(() -> (long) LoginSession.getEntityManager().createQuery("""
                delete from LoginSession s where s.lastSeenAt < :idle or s.createdAt < :born
                  or exists (select 1 from User u where u.id = s.user.id and (u.enabled = false or u.sessionEpoch <> s.userEpoch))""")
                .setParameter("idle", now.minus(idle)).setParameter("born", now.minus(lifetime)).executeUpdate());
        if (removed > 0) {
            Log.debugf("Removed %d ended newsroom sessions", removed);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
