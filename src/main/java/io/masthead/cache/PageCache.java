package io.masthead.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.masthead.web.MastheadConfig;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
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
    private final boolean dataEnabled;
    private final Cache<String, CachedPage> pages;
    /** The data pages are rendered from (rails, an article's parts, river pages), kept under the same rules as the pages. */
    private final Cache<String, Object> fragments;
    /** Bumped on every clear: a page rendered from data read before a clear is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(MastheadConfig config) {
        MastheadConfig.PageCacheSettings settings = config.cache();
        this.enabled = settings.enabled();
        this.dataEnabled = settings.data();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(settings.ttl())
                .recordStats()
                .build();
        this.fragments = Caffeine.newBuilder()
                .maximumSize(settings.maxDataEntries())
                .expireAfterWrite(settings.ttl())
                .build();
    }

    /**
     * Data a page is rendered from, loaded once until content changes. Also used with the page
     * cache off, so a cold render costs the template and no SQL; the loaded value must not
     * reach back into the database (no lazy association left unloaded).
     */
    @SuppressWarnings("unchecked")
    public <T> T fragment(String key, java.util.function.Supplier<T> loader) {
        if (!dataEnabled) {
            return loader.get();
        }
        long before = generation.get();
        Object value = fragments.getIfPresent(key);
        if (value == null) {
            value = loader.get();
            if (value != null && before == generation.get()) {
                fragments.put(key, value);
            }
        }
        return (T) value;
    }

    /**
     * A piece of HTML many pages share (header, rails), rendered once per content version and
     * inserted into pages as it is: the template escaped everything when it rendered it.
     */
    public RawString html(String key, java.util.function.Supplier<TemplateInstance> template) {
        return fragment("html:" + key, () -> new RawString(template.get().render()));
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
