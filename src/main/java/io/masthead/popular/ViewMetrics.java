package io.masthead.popular;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/** Counted views still in memory (lost if the process is killed hard) and views written so far. */
@Singleton
public class ViewMetrics implements MeterBinder {

    private final ViewCounter counter;

    ViewMetrics(ViewCounter counter) {
        this.counter = counter;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("masthead.views.pending", counter, ViewCounter::pendingViews)
                .description("Counted article views not yet written to the database")
                .register(registry);
        FunctionCounter.builder("masthead.views.written", counter, ViewCounter::writtenViews)
                .description("Article views written to the database by this instance")
                .register(registry);
        FunctionCounter.builder("masthead.views.flush.failures", counter, ViewCounter::failedFlushes)
                .description("Flushes that could not write and kept their views for the next one")
                .register(registry);
    }
}
