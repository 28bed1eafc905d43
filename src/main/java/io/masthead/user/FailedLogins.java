package io.masthead.user;

import io.masthead.admin.AuditLog;
import io.masthead.web.LogText;
import io.masthead.web.PlainText;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed and refused logins go into the audit log summed up, not one row each: every
 * {@code masthead.login.audit-every} one row per client and account tried, at most
 * {@link #ROWS_PER_FLUSH} rows, the rest in one line. Anonymous visitors posting garbage to the login
 * can no longer bury the newsroom's own events under thousands of rows.
 */
@ApplicationScoped
public class FailedLogins {

    static final int ROWS_PER_FLUSH = 50;
    /** Distinct (client, account) pairs remembered between two flushes; beyond, only counted. */
    static final int MAX_PENDING = 10_000;

    private static final class Tally {
        final String username;
        final String client;
        int failed;
        int refused;
        final Instant first = Instant.now();
        Instant last = first;

        Tally(String username, String client) {
            this.username = username;
            this.client = client;
        }
    }

    private volatile Map<String, Tally> pending = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong overflow = new java.util.concurrent.atomic.AtomicLong();

    /** A wrong password or unknown user; {@code refused}: the throttle turned it away unchecked. */
    public void record(String username, String client, boolean refused) {
        String name = PlainText.line(username);
        String key = client + "\n" + name.toLowerCase(Locale.ROOT);
        Map<String, Tally> map = pending;
        Tally tally = map.get(key);
        if (tally == null) {
            if (map.size() >= MAX_PENDING) {
                overflow.incrementAndGet();
                return;
            }
            tally = map.computeIfAbsent(key, k -> new Tally(name, client));
        }
        synchronized (tally) {
            if (refused) {
                tally.refused++;
            } else {
                tally.failed++;
            }
            tally.last = Instant.now();
        }
        Log.debugf("Failed login for %s from %s%s", LogText.of(name), LogText.of(client), refused ? " (throttled)" : "");
    }

    @Scheduled(every = "${masthead.login.audit-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        flush();
    }

    /** Writes what was counted since the last flush; returns the number of audit rows written. */
    public synchronized int flush() {
        Map<String, Tally> batch = pending;
        long lost = overflow.getAndSet(0);
        if (batch.isEmpty() && lost == 0) {
            return 0;
        }
        pending = new ConcurrentHashMap<>();
        List<Tally> tallies = new ArrayList<>(batch.values());
        tallies.sort(Comparator.comparingInt((Tally t) -> t.failed + t.refused).reversed());
        List<Tally> written = tallies.subList(0, Math.min(ROWS_PER_FLUSH, tallies.size()));
        long rest = lost + tallies.subList(written.size(), tallies.size()).stream().mapToLong(t -> t.failed + t.refused).sum();
        long attempts = tallies.stream().mapToLong(t -> t.failed + t.refused).sum() + lost;
        QuarkusTransaction.requiringNew().run(() -> {
            for (Tally t : written) {
                AuditLog.record(t.username, "LOGIN_FAILED", "client " + t.client, detail(t));
            }
            if (rest > 0) {
                AuditLog.record(null, "LOGIN_FAILED", null, rest + " more failed logins from "
                        + (tallies.size() - written.size() + (lost > 0 ? "more than " : "")) + " other client and account pairs");
            }
        });
        Log.warnf("%d failed logins from %d client and account pairs since the last summary; see the audit log",
                attempts, tallies.size());
        return written.size() + (rest > 0 ? 1 : 0);
    }

    private static String detail(Tally t) {
        String counts = t.failed + " failed" + (t.refused > 0 ? ", " + t.refused + " refused by the throttle" : "");
        return counts + ", " + t.first + " to " + t.last;
    }
}
