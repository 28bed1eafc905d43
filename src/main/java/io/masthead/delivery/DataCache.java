package io.masthead.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.masthead.config.MastheadConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.Context;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The data pages are rendered from (an article with its bylines, a front's first page, the rails)
 * and the shared HTML made from it, so a cold render costs the template and no SQL.
 *
 * <p>Every value remembers the content generation it was read at. A content change moves the
 * generation on and leaves values in place, stale: a page's own data ({@link Reach#SINGLE}) is
 * never served stale, it is read again; shared data ({@link Reach#SHARED}) is read again by one
 * reader while the others wait a moment for that read and otherwise get the stale value, so a
 * shared list is computed at most once per change however busy the site and however slow the read.
 * A read that outlives the next change is still kept (as stale): before, such a read was thrown
 * away and every reader read again. Each reach has its own byte budget.
 */
@ApplicationScoped
public class DataCache {

    private static final String SERVED_STALE = "masthead.cache.served-stale";

    private record Entry(Object value, long generation, long reloadAt, int weight) {
    }

    private record Load(CompletableFuture<Object> result, long generation) {
    }

    private final boolean enabled;
    private final Cache<String, Entry> shared;
    private final Cache<String, Entry> single;
    private final long refreshAfterNanos;
    private final Duration staleWait;
    private final ConcurrentHashMap<String, Load> loading = new ConcurrentHashMap<>();
    /** Reloads of data past its time. Threads of its own: readers may wait on a reload, which must never queue behind them. */
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "data-cache-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();

    DataCache(MastheadConfig config) {
        MastheadConfig.PageCacheSettings settings = config.cache();
        this.enabled = settings.data();
        this.refreshAfterNanos = settings.ttl().toNanos();
        this.staleWait = settings.staleWait();
        // Data nobody asked for in twice the freshness bound is dropped.
        this.shared = budget(settings.sharedDataBytes(), settings.ttl().multipliedBy(2));
        this.single = budget(settings.singleDataBytes(), settings.ttl().multipliedBy(2));
    }

    private static Cache<String, Entry> budget(long bytes, Duration idle) {
        // Maintenance (eviction) on the writing thread: the bound holds as soon as a put returns.
        return Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(bytes)
                .weigher((String key, Entry entry) -> entry.weight())
                .expireAfterWrite(idle)
                .build();
    }

    /**
     * The value under {@code key}, loaded once until content changes. The loaded value must not
     * reach back into the database (no lazy association left unloaded). On the event loop, where
     * nothing may wait for the database, a value that is missing or stale throws {@link NotLoaded}.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Reach reach, Supplier<T> loader) {
        if (!enabled) {
            if (Context.isOnEventLoopThread()) {
                throw NotLoaded.INSTANCE;
            }
            return loader.get();
        }
        long now = generation.get();
        Entry entry = tier(reach).getIfPresent(key);
        if (entry != null && entry.generation() == now) {
            if (System.nanoTime() - entry.reloadAt() > 0) {
                reloadInBackground(key, reach, loader, now);
            }
            return (T) entry.value();
        }
        if (Context.isOnEventLoopThread()) {
            throw NotLoaded.INSTANCE;
        }
        if (entry != null && reach == Reach.SHARED) {
            return (T) freshOrStale(key, reach, loader, now, entry.value());
        }
        return (T) load(key, reach, loader, now);
    }

    /** After a change: the reader who comes first reads again; the others wait for that a moment, then take what there is. */
    private Object freshOrStale(String key, Reach reach, Supplier<?> loader, long now, Object stale) {
        Load running = loading.get(key);
        if (running == null || running.generation() != now) {
            try {
                return load(key, reach, loader, now);
            } catch (RuntimeException e) {
                Log.debugf("Reading %s again failed; the value from before the change is used: %s", key, e.getMessage());
                markServedStale();
                return stale;
            }
        }
        try {
            return running.result().get(staleWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            markServedStale();
            return stale;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            markServedStale();
            return stale;
        }
    }

    /**
     * One load per key and generation: readers of the same generation share it; a reader after a
     * change never waits on a load that read the data from before it, and starts its own.
     */
    private Object load(String key, Reach reach, Supplier<?> loader, long now) {
        Load mine = new Load(new CompletableFuture<>(), now);
        Load running = loading.compute(key, (k, current) ->
                current != null && current.generation() == now ? current : mine);
        if (running != mine) {
            try {
                return running.result().join();
            } catch (CompletionException | CancellationException e) {
                // That load failed (a background reload, say): this reader tries for itself.
                return loader.get();
            }
        }
        try {
            Object value = loader.get();
            store(key, reach, value, now);
            mine.result().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    /**
     * Reloads a value that is past its time, on a worker and in a transaction of its own, while
     * readers go on getting the one they have. A failed reload keeps the old value (a database
     * outage does not take pages down) and the next reader tries again.
     */
    private void reloadInBackground(String key, Reach reach, Supplier<?> loader, long now) {
        Load mine = new Load(new CompletableFuture<>(), now);
        if (loading.putIfAbsent(key, mine) != null) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    Object value = QuarkusTransaction.requiringNew().call(loader::get);
                    store(key, reach, value, now);
                    mine.result().complete(value);
                } catch (RuntimeException | Error e) {
                    Log.debugf("Reloading %s failed; its data is kept for now: %s", key, e.getMessage());
                    mine.result().completeExceptionally(e);
                } finally {
                    loading.remove(key, mine);
                }
            });
        } catch (RuntimeException rejected) {
            loading.remove(key, mine);
            mine.result().completeExceptionally(rejected);
        }
    }

    /** Keeps a value read at generation {@code readAt}, unless a value read later is already kept. */
    private void store(String key, Reach reach, Object value, long readAt) {
        Cache<String, Entry> tier = tier(reach);
        if (value == null) {
            tier.asMap().computeIfPresent(key, (k, kept) -> kept.generation() <= readAt ? null : kept);
            return;
        }
        Entry fresh = new Entry(value, readAt, System.nanoTime() + SpreadExpiry.lifetime(refreshAfterNanos),
                Weight.of(value) + key.length() * 2 + 64);
        tier.asMap().compute(key, (k, kept) -> kept != null && kept.generation() > readAt ? kept : fresh);
    }

    /**
     * A piece of HTML many pages share (header, rails), rendered once per content version and
     * inserted into pages as it is: the template escaped everything when it rendered it.
     */
    public RawString html(String key, Supplier<TemplateInstance> template) {
        return get("html:" + key, Reach.SHARED, () -> new RawString(template.get().render()));
    }

    /**
     * HTML rendered from data already at hand (a story's card), rendered wherever it is missing,
     * the event loop included: making it reads no database. It is reused only for equal data, so
     * a card rendered from data read before a change never stands in for the changed story.
     */
    public RawString renderedHtml(String key, Object from, Supplier<TemplateInstance> template) {
        if (!enabled) {
            return new RawString(template.get().render());
        }
        Entry entry = single.getIfPresent("html:" + key);
        if (entry != null && entry.value() instanceof RenderedFrom kept && kept.from().equals(from)) {
            return kept.html();
        }
        RawString html = new RawString(template.get().render());
        store("html:" + key, Reach.SINGLE, new RenderedFrom(from, html), generation.get());
        return html;
    }

    private record RenderedFrom(Object from, RawString html) {
    }

    /**
     * A page's own data, no longer worth its bytes once the page rendered from it is kept: later
     * readers get the page. Holding both spent that budget twice over on every one-off archive
     * page, and each young collection copied the data's many small objects (the crawl's pauses).
     */
    void release(List<String> keys) {
        if (!keys.isEmpty()) {
            single.invalidateAll(keys);
        }
    }

    /** Content changed: every value kept so far is stale from now on. */
    void changed() {
        generation.incrementAndGet();
    }

    /** Whether the data a page on this request was rendered from included a stale value: such a page is not kept. */
    static boolean servedStale() {
        return VertxContext.isOnDuplicatedContext() && Vertx.currentContext().getLocal(SERVED_STALE) != null;
    }

    /** Noted on the request's own (duplicated) context, never on an event loop's, which every request shares. */
    private static void markServedStale() {
        if (VertxContext.isOnDuplicatedContext()) {
            Vertx.currentContext().putLocal(SERVED_STALE, Boolean.TRUE);
        }
    }

    /** Bytes held per reach (estimates), for the metrics. */
    public long weight(Reach reach) {
        return tier(reach).policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    private Cache<String, Entry> tier(Reach reach) {
        return reach == Reach.SHARED ? shared : single;
    }

    /**
     * A page rendered on the event loop needs data that is not in the data cache, or that changed:
     * render it on a worker instead. Thrown often under churn, so without a stack trace.
     */
    public static final class NotLoaded extends RuntimeException {
        static final NotLoaded INSTANCE = new NotLoaded();

        private NotLoaded() {
            super("not in the data cache", null, false, false);
        }

        /** Whether rendering failed only because some data was not loaded (Qute may wrap the exception). */
        public static boolean causedBy(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof NotLoaded) {
                    return true;
                }
            }
            return false;
        }
    }
}
