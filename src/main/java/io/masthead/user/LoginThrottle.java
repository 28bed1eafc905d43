package io.masthead.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.masthead.web.ClientAddress;
import io.masthead.config.MastheadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing without handing anyone a way to lock an owner out:
 * <ul>
 * <li>per (account, client): a few free failures, then each attempt waits 1 s, 2 s, 4 s ... up to
 * {@code masthead.login.max-backoff}; until then attempts are refused unchecked. A stranger slows
 * only their own address, never the owner's.</li>
 * <li>per client, whatever the account: a burst of {@code max-failures-per-client} failures, then
 * {@code client-failures-per-minute} (a token bucket), so one address cannot try many accounts.</li>
 * </ul>
 * Kept in memory, bounded in size: several instances each keep their own count, which still holds
 * guessing to a few attempts a minute per address.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final class Pair {
        int failures;
        long lastFailure;
    }

    private static final class Bucket {
        double tokens;
        long updated;
    }

    private final int freeFailures;
    private final long maxBackoffMillis;
    private final int clientBurst;
    private final double clientPerMilli;
    private final LongSupplier clock;
    private final Cache<String, Pair> pairs;
    private final Cache<String, Bucket> clients;

    @Inject
    LoginThrottle(MastheadConfig config) {
        this(config.login().failuresBeforeBackoff(), config.login().maxBackoff(), config.login().maxFailuresPerClient(),
                config.login().clientFailuresPerMinute(), System::currentTimeMillis);
    }

    LoginThrottle(int freeFailures, Duration maxBackoff, int clientBurst, int clientPerMinute, LongSupplier clock) {
        this.freeFailures = freeFailures;
        this.maxBackoffMillis = maxBackoff.toMillis();
        this.clientBurst = clientBurst;
        this.clientPerMilli = clientPerMinute / 60_000.0;
        this.clock = clock;
        long forget = Math.max(Duration.ofHours(1).toMillis(), 4 * maxBackoffMillis);
        this.pairs = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(forget, TimeUnit.MILLISECONDS).build();
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
    }

    /** Whether an attempt may be checked now; a refused one is not counted as a failure. */
    public boolean allows(String username, String client) {
        long now = clock.getAsLong();
        Pair pair = pairs.getIfPresent(pairKey(username, client));
        if (pair != null) {
            synchronized (pair) {
                if (pair.failures >= freeFailures && now < pair.lastFailure + backoff(pair.failures)) {
                    return false;
                }
            }
        }
        Bucket bucket = clients.getIfPresent(ClientAddress.budgetKey(client));
        if (bucket != null) {
            synchronized (bucket) {
                return refill(bucket, now) >= 1;
            }
        }
        return true;
    }

    public void failed(String username, String client) {
        long now = clock.getAsLong();
        Pair pair = pairs.get(pairKey(username, client), k -> new Pair());
        synchronized (pair) {
            pair.failures++;
            pair.lastFailure = now;
        }
        Bucket bucket = clients.get(ClientAddress.budgetKey(client), k -> {
            Bucket b = new Bucket();
            b.tokens = clientBurst;
            b.updated = now;
            return b;
        });
        synchronized (bucket) {
            bucket.tokens = refill(bucket, now) - 1;
        }
    }

    public void succeeded(String username, String client) {
        pairs.invalidate(pairKey(username, client));
    }

    /** How long the pair waits after its n-th failure: nothing for the free ones, then doubling from 1 s. */
    long backoff(int failures) {
        if (failures < freeFailures) {
            return 0;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        return Math.min(maxBackoffMillis, 1000L << doublings);
    }

    private double refill(Bucket bucket, long now) {
        bucket.tokens = Math.min(clientBurst, bucket.tokens + (now - bucket.updated) * clientPerMilli);
        bucket.updated = now;
        return bucket.tokens;
    }

    private static String pairKey(String username, String client) {
        return username.toLowerCase(Locale.ROOT) + "\n" + ClientAddress.budgetKey(client);
    }
}
