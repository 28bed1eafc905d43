package io.masthead.popular;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts article views in memory and writes them to the database in batches: one row per
 * article and hour, never a write per view. Flushed every few seconds and on shutdown.
 */
@ApplicationScoped
public class ViewCounter {

    /** Bounds memory when someone posts views for thousands of made-up ids between two flushes. */
    static final int MAX_PENDING_ARTICLES = 50_000;

    /**
     * The views counted since the last flush. A flush swaps in a new batch, closes the old one and
     * waits until no request is still adding to it before summing it: a view counted at the very
     * instant of the swap lands in one batch or the other, never in neither. Counting takes no
     * lock (both counters are striped), so the event loops never wait on each other.
     */
    private static final class Batch {
        final ConcurrentHashMap<Long, LongAdder> views = new ConcurrentHashMap<>();
        final LongAdder counting = new LongAdder();
        volatile boolean closed;
    }

    private volatile Batch pending = new Batch();
    private final LongAdder written = new LongAdder();
    private final LongAdder failedFlushes = new LongAdder();

    @Inject
    EntityManager em;

    public void count(long articleId) {
        add(articleId, 1);
    }

    private void add(long articleId, long views) {
        while (true) {
            Batch batch = pending;
            batch.counting.increment();
            try {
                // Closed after this request fetched it: count into the batch that replaced it.
                if (!batch.closed) {
                    LongAdder adder = batch.views.get(articleId);
                    if (adder == null) {
                        if (batch.views.size() >= MAX_PENDING_ARTICLES) {
                            return;
                        }
                        adder = batch.views.computeIfAbsent(articleId, id -> new LongAdder());
                    }
                    adder.add(views);
                    return;
                }
            } finally {
                batch.counting.decrement();
            }
        }
    }

    public long pendingViews() {
        return pending.views.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Views this instance has written to the database since it started. */
    public long writtenViews() {
        return written.sum();
    }

    public long failedFlushes() {
        return failedFlushes.sum();
    }

    @Scheduled(every = "${masthead.views.flush-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        flush();
    }

    /** Writes what was counted so far; returns how many views were written. */
    public synchronized long flush() {
        Batch batch = pending;
        if (batch.views.isEmpty()) {
            return 0;
        }
        pending = new Batch();
        batch.closed = true;
        while (batch.counting.sum() != 0) {
            Thread.onSpinWait();
        }
        // No request can still be adding to the batch: every count() that saw it has finished.
        Map<Long, Long> views = new HashMap<>();
        batch.views.forEach((id, adder) -> views.put(id, adder.sum()));
        long bucket = currentBucket();
        try {
            long stored = write(views, bucket);
            written.add(stored);
            Log.debugf("Flushed %d views of %d articles", stored, views.size());
            return stored;
        } catch (RuntimeException e) {
            failedFlushes.increment();
            Log.warnf("Could not write %d pending article views, keeping them for the next flush: %s",
                    views.size(), e.getMessage());
            views.forEach(this::add);
            return 0;
        }
    }

    @Transactional
    long write(Map<Long, Long> batch, long bucket) {
        long stored = 0;
        for (Map.Entry<Long, Long> entry : batch.entrySet()) {
            long views = entry.getValue();
            // Standard MERGE runs on H2 and PostgreSQL 15+; views of unknown or unpublished ids are dropped.
            stored += views * em.createNativeQuery("""
                    merge into article_view v
                    using (select id from article where id = ?1 and status = 'PUBLISHED') a
                    on v.article_id = a.id and v.bucket = ?2
                    when matched then update set views = v.views + ?3
                    when not matched then insert (article_id, bucket, views) values (a.id, ?2, ?3)""")
                    .setParameter(1, entry.getKey())
                    .setParameter(2, bucket)
                    .setParameter(3, views)
                    .executeUpdate();
        }
        return stored;
    }

    static long currentBucket() {
        return Instant.now().getEpochSecond() / 3600;
    }
}
