package io.masthead.delivery;

import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Each entry lives between three quarters of the bound and the bound, chosen at random when it is
 * written. Entries written together (everything a busy minute loads after a clear) would otherwise
 * all expire in the same instant and send every reader to the database at once.
 */
final class SpreadExpiry<K, V> implements Expiry<K, V> {

    private final long maxNanos;

    private SpreadExpiry(Duration bound) {
        this.maxNanos = bound.toNanos();
    }

    static <K, V> SpreadExpiry<K, V> within(Duration bound) {
        return new SpreadExpiry<>(bound);
    }

    /** A lifetime between three quarters of {@code maxNanos} and {@code maxNanos}. */
    static long lifetime(long maxNanos) {
        return maxNanos - ThreadLocalRandom.current().nextLong(maxNanos / 4 + 1);
    }

    @Override
    public long expireAfterCreate(K key, V value, long currentTime) {
        return lifetime(maxNanos);
    }

    @Override
    public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
        return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
        return currentDuration;
    }
}
