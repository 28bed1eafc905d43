package io.masthead.user;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.masthead.web.MastheadConfig;

/**
 * Refuses logins for a while after repeated failures, per account and per client address. Kept in
 * memory: with several instances each counts its own share, which still caps guessing to a few a minute.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final long WINDOW_MILLIS = 5 * 60 * 1000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final int perAccount;
    private final int perClient;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(MastheadConfig config) {
        this.perAccount = config.login().maxFailuresPerAccount();
        this.perClient = config.login().maxFailuresPerClient();
    }

    static String clientOf(AuthenticationRequest request) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        return ctx == null || ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    }

    public boolean allowed(String username, String client) {
        return recent("u:" + username) < perAccount && recent("c:" + client) < perClient;
    }

    public void failed(String username, String client) {
        add("u:" + username);
        add("c:" + client);
    }

    public void succeeded(String username, String client) {
        failures.remove("u:" + username);
    }

    private int recent(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long cutoff = clock.millis() - WINDOW_MILLIS;
            while (!times.isEmpty() && times.peekFirst() < cutoff) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(String key) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
        }
    }
}
