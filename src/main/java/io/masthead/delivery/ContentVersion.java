package io.masthead.delivery;

import io.masthead.search.SearchEngine;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The shared version of the site's content. A change committed here empties this instance's
 * caches at once and bumps the version in the database; every instance polls that version
 * every second and empties its own caches when it moved.
 */
@ApplicationScoped
public class ContentVersion {

    @Inject
    EntityManager em;

    @Inject
    PageCache pageCache;

    @Inject
    DataCache dataCache;

    @Inject
    SearchEngine search;

    private final ExecutorService bumper = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "content-version-bump");
        thread.setDaemon(true);
        return thread;
    });

    private volatile long seen = -1;

    /**
     * Purges this instance's caches; a change committed here is first handed to the search index
     * (so no search page rendered before it took the change in outlives the purge) and afterwards
     * recorded for the other instances.
     */
    void on(@Observes ContentChanged change) {
        if (change == ContentChanged.COMMITTED) {
            search.contentChanged();
        }
        purge();
        if (change == ContentChanged.COMMITTED) {
            bumper.execute(this::bump);
        }
    }

    private void purge() {
        dataCache.changed();
        pageCache.clear();
    }

    @Scheduled(every = "${masthead.cache.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            long current = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select version from content_state where id = 1").getSingleResult()).longValue());
            if (seen != -1 && current != seen) {
                search.contentChanged();
                purge();
            }
            seen = current;
        } catch (RuntimeException e) {
            Log.debugf("Could not read the content version: %s", e.getMessage());
        }
    }

    private void bump() {
        try {
            long version = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("update content_state set version = version + 1, changed_at = ?1 where id = 1")
                        .setParameter(1, Instant.now())
                        .executeUpdate();
                return ((Number) em.createNativeQuery("select version from content_state where id = 1")
                        .getSingleResult()).longValue();
            });
            seen = version;
        } catch (RuntimeException e) {
            Log.warnf("Could not record a content change for other instances: %s", e.getMessage());
        }
    }
}
