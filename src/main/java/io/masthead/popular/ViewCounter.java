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
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Counts article views in memory and writes them to the database in batches: one row per
 * article and hour, never a write per view. Flushed every few seconds and on shutdown.
 */
@ApplicationScoped
public class ViewCounter {

    /** Bounds memory when someone posts views for thousands of made-up ids between two flushes. */
    static final int MAX_PENDING_ARTICLES = 50_000;

    private volatile Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    /**
     * Counting shares it, a flush takes it alone for the instant of swapping the map: without it a
     * request that fetched a counter just before the swap could add to it after the flush had
     * summed it, and that view would be counted but never written.
     */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final LongAdder written = new LongAdder();
    private final LongAdder failedFlushes = new LongAdder();

    @Inject
    EntityManager em;

    public void count(long articleId) {
        Lock lock = swap.readLock();
        lock.lock();
        try {
            Map<Long, LongAdder> current = pending;
            LongAdder adder = current.get(articleId);
            if (adder == null) {
                if (current.size() >= MAX_PENDING_ARTICLES) {
                    return;
                }
                adder = current.computeIfAbsent(articleId, id -> new LongAdder());
            }
            adder.increment();
        } finally {
            lock.unlock();
        }
    }

    public long pendingViews() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum();
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
        Map<Long, LongAdder> batch;
        Lock lock = swap.writeLock();
        lock.lock();
        try {
            batch = pending;
            if (batch.isEmpty()) {
                return 0;
            }
            pending = new ConcurrentHashMap<>();
        } finally {
            lock.unlock();
        }
        // No request can still be adding to the batch: every count() that saw it has finished.
        Map<Long, Long> views = new HashMap<>();
        batch.forEach((id, adder) -> views.put(id, adder.sum()));
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
            views.forEach((id, n) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(n));
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
