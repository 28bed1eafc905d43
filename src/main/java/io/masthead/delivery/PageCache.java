package io.masthead.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.masthead.config.MastheadConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered public pages by request URI, as they go over the wire. Bounded in bytes, with a budget
 * per {@link Reach} (so crawled archive pages never evict the front page), each entry short-lived,
 * and emptied whenever content changes anywhere (see {@link ContentVersion}), so a hot page costs
 * no SQL and an edit shows within seconds.
 */
@ApplicationScoped
public class PageCache {

    private final boolean enabled;
    private final Cache<String, CachedPage> shared;
    private final Cache<String, CachedPage> single;
    /**
     * Compresses pages rendered on the event loop, which must not spend its time on compression.
     * Its queue is bounded: past it a page is simply not kept, so a burst cannot pile up pages in memory.
     */
    private final ExecutorService background = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1024), runnable -> {
                Thread thread = new Thread(runnable, "page-cache-compress");
                thread.setDaemon(true);
                return thread;
            });
    /** Bumped on every change: a page rendered from data read before a change is not stored after it. */
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final java.util.Set<String> compressing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PageCache(MastheadConfig config) {
        MastheadConfig.PageCacheSettings settings = config.cache();
        this.enabled = settings.enabled();
        this.shared = budget(settings.sharedPageBytes(), settings);
        this.single = budget(settings.singlePageBytes(), settings);
    }

    private static Cache<String, CachedPage> budget(long bytes, MastheadConfig.PageCacheSettings settings) {
        // Maintenance (eviction) on the writing thread: the bound holds as soon as a put returns.
        return Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(bytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfter(SpreadExpiry.<String, CachedPage>within(settings.ttl()))
                .recordStats()
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The page kept for {@code uri}, counted as a hit when there is one. A single page asked for
     * again by a client that takes brotli ({@code takesBrotli}) is worth that coding now: it is
     * made in the background.
     */
    public CachedPage get(String uri, boolean takesBrotli) {
        if (!enabled) {
            return null;
        }
        CachedPage page = shared.getIfPresent(uri);
        if (page == null) {
            page = single.getIfPresent(uri);
            if (page != null && takesBrotli && !page.hasBrotli() && ContentCoding.BROTLI_AVAILABLE) {
                addBrotliInBackground(uri, page);
            }
        }
        if (page != null) {
            hits.increment();
        }
        return page;
    }

    /** Counts a public page request the cache did not hold (asked by the page's own route, not per lookup). */
    void missed() {
        misses.increment();
    }

    private void addBrotliInBackground(String uri, CachedPage page) {
        if (!compressing.add(uri)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    // Only if it is still the page kept there: a change may have dropped it meanwhile.
                    single.asMap().replace(uri, page, page.withBrotli());
                } finally {
                    compressing.remove(uri);
                }
            });
        } catch (RuntimeException rejected) {
            compressing.remove(uri);
        }
    }

    public long generation() {
        return generation.get();
    }

    /** Stores the page unless content changed since {@code renderedAtGeneration}; whether it was kept. */
    public boolean put(String uri, CachedPage page, long renderedAtGeneration) {
        if (!enabled || renderedAtGeneration != generation.get()) {
            return false;
        }
        Cache<String, CachedPage> tier = page.reach() == Reach.SHARED ? shared : single;
        tier.put(uri, page);
        if (renderedAtGeneration != generation.get()) {
            tier.invalidate(uri);
            return false;
        }
        // The budget may have turned it away at once, for pages asked for more often.
        return tier.policy().getIfPresentQuietly(uri) == page;
    }

    /**
     * Stores a page rendered on the event loop; its codings are computed on a background thread,
     * which then runs {@code whenKept} if the page was kept.
     */
    void putInBackground(String uri, String contentType, String cacheControl, String etag, byte[] body,
            String route, Reach reach, long renderedAtGeneration, Runnable whenKept) {
        if (!enabled) {
            return;
        }
        try {
            background.execute(() -> {
                if (put(uri, CachedPage.of(contentType, cacheControl, etag, body, route, reach), renderedAtGeneration)) {
                    whenKept.run();
                }
            });
        } catch (RuntimeException rejected) {
            Log.debugf("Page %s not kept: %s", io.masthead.web.LogText.of(uri), rejected.getMessage());
        }
    }

    void clear() {
        generation.incrementAndGet();
        shared.invalidateAll();
        single.invalidateAll();
    }

    /** Requests answered from memory. */
    public long hits() {
        return hits.sum();
    }

    /** Requests whose page had to be rendered. */
    public long misses() {
        return misses.sum();
    }

    /** Pages dropped for size or age, from both budgets. */
    public long evictions() {
        return shared.stats().evictionCount() + single.stats().evictionCount();
    }

    public long size() {
        return shared.estimatedSize() + single.estimatedSize();
    }

    /** Bytes held per reach, for the metrics. */
    public long weight(Reach reach) {
        Cache<String, CachedPage> tier = reach == Reach.SHARED ? shared : single;
        return tier.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
