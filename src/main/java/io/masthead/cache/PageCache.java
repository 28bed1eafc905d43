package io.masthead.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.masthead.web.MastheadConfig;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages by request URI. Bounded in bytes, each entry short-lived, and emptied
 * whenever content changes anywhere (see {@link ContentVersion}), so a hot page costs no SQL
 * and an edit shows within seconds.
 */
@ApplicationScoped
public class PageCache {

    private final boolean enabled;
    private final boolean dataEnabled;
    private final Cache<String, CachedPage> pages;
    /** The data pages are rendered from (rails, an article's parts, river pages), kept under the same rules as the pages. */
    private final Cache<String, Loaded> fragments;
    private final long refreshAfterNanos;
    private final ConcurrentHashMap<String, CompletableFuture<Object>> loading = new ConcurrentHashMap<>();
    /**
     * Reloads of due data and the compression of pages rendered on the event loop. Its own
     * threads: request threads may wait on a reload, which must never queue behind them.
     */
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "page-cache-background");
        thread.setDaemon(true);
        return thread;
    });
    /** Bumped on every clear: a page rendered from data read before a clear is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(MastheadConfig config) {
        MastheadConfig.PageCacheSettings settings = config.cache();
        this.enabled = settings.enabled();
        this.dataEnabled = settings.data();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfter(SpreadExpiry.<String, CachedPage>within(settings.ttl()))
                .recordStats()
                .build();
        // Data older than the bound is still served while one reader's request reloads it in the
        // background; data nobody asked for in twice the bound is dropped.
        this.refreshAfterNanos = settings.ttl().toNanos();
        this.fragments = Caffeine.newBuilder()
                .maximumSize(settings.maxDataEntries())
                .expireAfterWrite(settings.ttl().multipliedBy(2))
                .build();
    }

    /** A loaded value and when it is due to be reloaded (spread out, so a busy minute's loads are not all due at once). */
    private record Loaded(Object value, long reloadAt) {
    }

    private Loaded loaded(Object value) {
        return new Loaded(value, System.nanoTime() + SpreadExpiry.lifetime(refreshAfterNanos));
    }

    /**
     * Data a page is rendered from, loaded once until content changes. Also used with the page
     * cache off, so a cold render costs the template and no SQL; the loaded value must not
     * reach back into the database (no lazy association left unloaded).
     */
    @SuppressWarnings("unchecked")
    public <T> T fragment(String key, java.util.function.Supplier<T> loader) {
        Loaded loaded = dataEnabled ? fragments.getIfPresent(key) : null;
        if (loaded != null) {
            if (System.nanoTime() - loaded.reloadAt() > 0) {
                reloadInBackground(key, loader);
            }
            return (T) loaded.value();
        }
        if (Context.isOnEventLoopThread()) {
            // Loading reads the database, which must not hold up the event loop.
            throw NotLoaded.INSTANCE;
        }
        if (!dataEnabled) {
            return loader.get();
        }
        // One load per key at a time: after a clear, the readers of a busy page wait for the
        // first one's load instead of all running the same queries at once.
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = loading.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // That load failed (a background reload, say): this reader tries for itself.
                return loader.get();
            }
        }
        long before = generation.get();
        try {
            T value = loader.get();
            if (value != null) {
                store(key, value, before);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    /**
     * Reloads a value that is due, on a worker and in a transaction of its own, while readers go on
     * getting the one they have; nobody waits for the database. A failed reload keeps the old
     * value (a database outage does not take pages down) and the next reader tries again.
     */
    private void reloadInBackground(String key, java.util.function.Supplier<?> loader) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        if (loading.putIfAbsent(key, mine) != null) {
            return;
        }
        long before = generation.get();
        try {
            background.execute(() -> {
                try {
                    Object value = QuarkusTransaction.requiringNew().call(loader::get);
                    if (value != null) {
                        store(key, value, before);
                    } else if (before == generation.get()) {
                        fragments.invalidate(key);
                    }
                    mine.complete(value);
                } catch (RuntimeException | Error e) {
                    Log.debugf("Reloading %s failed; its data is kept for now: %s", key, e.getMessage());
                    mine.completeExceptionally(e);
                } finally {
                    loading.remove(key, mine);
                }
            });
        } catch (RuntimeException rejected) {
            loading.remove(key, mine);
            mine.completeExceptionally(rejected);
        }
    }

    /** Keeps a value read at generation {@code before} unless content changed since (also while it is being kept). */
    private void store(String key, Object value, long before) {
        if (before == generation.get()) {
            fragments.put(key, loaded(value));
            if (before != generation.get()) {
                fragments.invalidate(key);
            }
        }
    }

    /**
     * A piece of HTML many pages share (header, rails), rendered once per content version and
     * inserted into pages as it is: the template escaped everything when it rendered it.
     */
    public RawString html(String key, java.util.function.Supplier<TemplateInstance> template) {
        return fragment("html:" + key, () -> new RawString(template.get().render()));
    }

    /**
     * HTML rendered from data already at hand (a story's card), kept like {@link #html} but
     * rendered wherever it is missing, the event loop included: making it reads no database. It
     * is reused only for equal data, so a card rendered from data read before a change can never
     * stand in for the changed story.
     */
    public RawString renderedHtml(String key, Object from, java.util.function.Supplier<TemplateInstance> template) {
        if (!dataEnabled) {
            return new RawString(template.get().render());
        }
        Loaded loaded = fragments.getIfPresent("html:" + key);
        if (loaded != null && loaded.value() instanceof RenderedFrom kept && kept.from().equals(from)) {
            return kept.html();
        }
        RawString html = new RawString(template.get().render());
        fragments.put("html:" + key, loaded(new RenderedFrom(from, html)));
        return html;
    }

    private record RenderedFrom(Object from, RawString html) {
    }

    /**
     * A page rendered on the event loop needs data that is not in the data cache: render it on a
     * worker instead. Thrown often under churn, so without a stack trace.
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

    public boolean enabled() {
        return enabled;
    }

    public CachedPage get(String uri) {
        return enabled ? pages.getIfPresent(uri) : null;
    }

    public long generation() {
        return generation.get();
    }

    /** Stores the page unless content changed since {@code renderedAtGeneration}. */
    public void put(String uri, CachedPage page, long renderedAtGeneration) {
        if (enabled && renderedAtGeneration == generation.get()) {
            pages.put(uri, page);
            if (renderedAtGeneration != generation.get()) {
                pages.invalidate(uri);
            }
        }
    }

    /** Drops one piece of data, as the size bound may: for tests of a page whose parts are partly loaded. */
    void forget(String key) {
        fragments.invalidate(key);
    }

    /**
     * Stores a page rendered on the event loop; its compressed codings are computed on a
     * background thread, never on the event loop.
     */
    void putInBackground(String uri, String contentType, String cacheControl, String etag, byte[] body,
            String route, long renderedAtGeneration) {
        if (!enabled) {
            return;
        }
        try {
            background.execute(() -> put(uri, CachedPage.of(contentType, cacheControl, etag, body, route),
                    renderedAtGeneration));
        } catch (RuntimeException rejected) {
            Log.debugf("Page %s not kept: %s", io.masthead.web.LogText.of(uri), rejected.getMessage());
        }
    }

    public void clear() {
        generation.incrementAndGet();
        // Loads in flight read data from before the change: nobody may wait for them any more.
        loading.clear();
        pages.invalidateAll();
        fragments.invalidateAll();
    }

    public com.github.benmanes.caffeine.cache.stats.CacheStats stats() {
        return pages.stats();
    }

    public long size() {
        return pages.estimatedSize();
    }
}
