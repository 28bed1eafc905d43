package io.masthead.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The page cache in Prometheus terms: requests answered from memory and those that had to be
 * rendered, evictions, entries and how often content changes emptied it.
 */
@Singleton
public class PageCacheMetrics implements MeterBinder {

    private final PageCache cache;

    PageCacheMetrics(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("masthead.page.cache.requests", cache, c -> c.stats().hitCount())
                .tag("result", "hit")
                .description("Public page requests looked up in the page cache, by result")
                .register(registry);
        FunctionCounter.builder("masthead.page.cache.requests", cache, c -> c.stats().missCount())
                .tag("result", "miss")
                .description("Public page requests looked up in the page cache, by result")
                .register(registry);
        FunctionCounter.builder("masthead.page.cache.evictions", cache, c -> c.stats().evictionCount())
                .description("Pages dropped for size or age")
                .register(registry);
        FunctionCounter.builder("masthead.page.cache.clears", cache, PageCache::generation)
                .description("Times a content change emptied the page cache")
                .register(registry);
        Gauge.builder("masthead.page.cache.entries", cache, PageCache::size)
                .description("Pages held in memory (estimate)")
                .register(registry);
    }
}
