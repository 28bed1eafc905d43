package io.masthead.popular;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * How many views one client may add in an hour: a few per article and a bounded number overall.
 * Sending 500 beacons for one article from one address counts as the first few; a real reader
 * never notices. In memory, bounded: an instance forgets clients it has not seen for an hour.
 */
final class ViewBudget {

    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final int perArticle;
    private final int perClient;
    private final LongSupplier clock;
    private final Cache<String, AtomicInteger> used = Caffeine.newBuilder()
            .maximumSize(500_000).expireAfterWrite(Duration.ofHours(1)).build();

    ViewBudget(int perArticle, int perClient, LongSupplier clock) {
        this.perArticle = perArticle;
        this.perClient = perClient;
        this.clock = clock;
    }

    /** Whether this view counts; it uses up part of the client's budget if it does. */
    boolean take(String client, long articleId) {
        if (perArticle <= 0) {
            return true;
        }
        long hour = clock.getAsLong() / HOUR;
        String prefix = client + "\n" + hour + "\n";
        AtomicInteger article = used.get(prefix + articleId, k -> new AtomicInteger());
        if (article.get() >= perArticle) {
            return false;
        }
        AtomicInteger total = used.get(prefix + "*", k -> new AtomicInteger());
        if (total.incrementAndGet() > perClient) {
            return false;
        }
        return article.incrementAndGet() <= perArticle;
    }
}
