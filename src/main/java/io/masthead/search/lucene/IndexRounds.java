package io.masthead.search.lucene;

import io.masthead.delivery.ContentChanged;
import io.quarkus.logging.Log;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The index's one thread and its rounds of catching up with the database's queue: every second,
 * after every commit announced on this instance (whose caller waits a moment for its round), and
 * when a caller needs the index current. A round that changed the index while nobody was waiting
 * for it announces {@link ContentChanged#RECOMPUTED}: pages rendered from the index as it was
 * must not stay in the page cache.
 */
final class IndexRounds {

    /** Takes in what is queued; whether that changed the index. Failures leave the queue as it was. */
    interface CatchUp {
        boolean run() throws IOException, SQLException;
    }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });
    private final CatchUp catchUp;
    private final Event<ContentChanged> changes;

    IndexRounds(CatchUp catchUp, Event<ContentChanged> changes) {
        this.catchUp = catchUp;
        this.changes = changes;
        thread.scheduleWithFixedDelay(() -> round(new AtomicBoolean()), 0, 1, TimeUnit.SECONDS);
    }

    /**
     * A round now; returns once it is done or after {@code bound}. The caller purges the page
     * cache next, so pages rendered after that come from the new index; a round that outlasts its
     * wait announces what it changed itself. {@code wait} false: only start it.
     */
    void now(Duration bound, boolean wait) {
        boolean waiting = wait && !bound.isZero();
        AtomicBoolean awaited = new AtomicBoolean(waiting);
        try {
            Future<?> round = thread.submit(() -> round(awaited));
            if (waiting) {
                round.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            Log.debugf("The search index is still taking a change in: %s", e.getMessage());
        } finally {
            awaited.set(false);
        }
    }

    /** A round, waited for however long it takes (up to five minutes). */
    void complete() {
        try {
            thread.submit(() -> round(new AtomicBoolean())).get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("The search index did not catch up", e);
        }
    }

    /** Lets the running round finish (up to 30 s) and starts no other. */
    void stop() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                Log.warn("The search index was still busy after 30 s; its unfinished work stays queued");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round(AtomicBoolean awaited) {
        if (thread.isShutdown()) {
            return;
        }
        try {
            if (catchUp.run() && !awaited.getAndSet(false)) {
                changes.fire(ContentChanged.RECOMPUTED);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            // Nothing is lost: the entries stay queued and the next round tries again.
            Log.warnf(e, "Search index catch-up failed; it is retried in a moment");
        }
    }
}
