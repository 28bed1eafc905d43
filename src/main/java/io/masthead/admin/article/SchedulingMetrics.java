package io.masthead.admin.article;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Is scheduled publishing keeping up? Two gauges: how late the oldest due piece is (0 when none
 * waits; above a minute means readers miss a promised story), and how long ago this instance's
 * publishing job last ran (it runs every 15 s; a growing value means the job is stuck).
 */
@Singleton
public class SchedulingMetrics implements MeterBinder {

    private final ScheduledPublishing publishing;
    private final Instant started = Instant.now();

    SchedulingMetrics(ScheduledPublishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("masthead.scheduled.publishing.overdue", this, SchedulingMetrics::overdueSeconds)
                .baseUnit("seconds")
                .description("How long the oldest scheduled article whose time has come has been waiting (0: none)")
                .strongReference(true)
                .register(registry);
        Gauge.builder("masthead.scheduled.publishing.last.run.age", this, SchedulingMetrics::lastRunAgeSeconds)
                .baseUnit("seconds")
                .description("Seconds since this instance's scheduled-publishing job last ran (since start before its first run)")
                .strongReference(true)
                .register(registry);
    }

    double overdueSeconds() {
        try {
            return publishing.oldestDue().map(at -> seconds(at, Instant.now())).orElse(0.0);
        } catch (RuntimeException e) {
            // The database is unreachable: readiness says so; the gauge shows no value rather than a wrong one.
            Log.debugf("Could not read the oldest due article: %s", e.getMessage());
            return Double.NaN;
        }
    }

    double lastRunAgeSeconds() {
        Instant last = publishing.lastPublishRun();
        return seconds(last == null ? started : last, Instant.now());
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
    }
}
