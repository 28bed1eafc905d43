package io.masthead.delivery;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The page cache in Prometheus terms: requests answered from memory and those that had to be
 * rendered, evictions, entries, bytes per budget (both caches) and how often content changes emptied it.
 */
@Singleton
public class PageCacheMetrics implements MeterBinder {

    private final PageCache cache;
    private final DataCache data;

    PageCacheMetrics(PageCache cache, DataCache data) {
        this.cache = cache;
        this.data = data;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("masthead.page.cache.requests", cache, PageCache::hits)
                .tag("result", "hit")
                .description("Public page requests looked up in the page cache, by result")
                .register(registry);
        FunctionCounter.builder("masthead.page.cache.requests", cache, PageCache::misses)
                .tag("result", "miss")
                .description("Public page requests looked up in the page cache, by result")
                .register(registry);
        FunctionCounter.builder("masthead.page.cache.evictions", cache, PageCache::evictions)
                .description("Pages dropped for size or age")
                .register(registry);
        FunctionCounter.builder("masthead.page.cache.clears", cache, PageCache::generation)
                .description("Times a content change emptied the page cache")
                .register(registry);
        Gauge.builder("masthead.page.cache.entries", cache, PageCache::size)
                .description("Pages held in memory (estimate)")
                .register(registry);
        for (Reach reach : Reach.values()) {
            String tag = reach.name().toLowerCase(java.util.Locale.ROOT);
            Gauge.builder("masthead.page.cache.bytes", cache, c -> c.weight(reach))
                    .tag("reach", tag)
                    .description("Bytes of rendered pages held, per budget")
                    .baseUnit("bytes")
                    .register(registry);
            Gauge.builder("masthead.data.cache.bytes", data, d -> d.weight(reach))
                    .tag("reach", tag)
                    .description("Bytes of page data and shared HTML held (estimate), per budget")
                    .baseUnit("bytes")
                    .register(registry);
        }
    }
}
