package io.masthead.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.masthead.web.MastheadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages by request URI. Bounded in bytes, each entry short-lived, and emptied
 * whenever content changes anywhere (see {@link ContentVersion}), so a hot page costs no SQL
 * and an edit shows within seconds.
 */
@ApplicationScoped
public class PageCache {

    private final boolean enabled;
    private final Cache<String, CachedPage> pages;
    /** Data shared by many pages (sidebars, rails), kept under the same rules as the pages. */
    private final Cache<String, Object> fragments;
    /** Bumped on every clear: a page rendered from data read before a clear is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(MastheadConfig config) {
        MastheadConfig.PageCacheSettings settings = config.cache();
        this.enabled = settings.enabled();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(settings.ttl())
                .recordStats()
                .build();
        this.fragments = Caffeine.newBuilder()
                .maximumSize(1_000)
                .expireAfterWrite(settings.ttl())
                .build();
    }

    /**
     * A piece of data many pages share, loaded once until content changes. Also used with the
     * page cache off, so a cold page render still skips the sidebars' queries.
     */
    @SuppressWarnings("unchecked")
    public <T> T fragment(String key, java.util.function.Supplier<T> loader) {
        long before = generation.get();
        Object value = fragments.getIfPresent(key);
        if (value == null) {
            value = loader.get();
            if (before == generation.get()) {
                fragments.put(key, value);
            }
        }
        return (T) value;
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

    public void clear() {
        generation.incrementAndGet();
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
