package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.delivery.ContentChanged;
import jakarta.enterprise.event.Event;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Publishes scheduled pieces when their time comes: every 15 s and once at start, so pieces due
 * while the app was down go out as soon as it is back.
 */
@ApplicationScoped
public class ScheduledPublishing {

    private final EntityManager em;
    private final Event<ContentChanged> changes;

    /** When the last run of {@link #publishDue()} finished looking; null before the first. */
    private volatile Instant lastPublishRun;

    ScheduledPublishing(EntityManager em, Event<ContentChanged> changes) {
        this.em = em;
        this.changes = changes;
    }

    void catchUpOnStart(@Observes StartupEvent event) {
        publishDue();
    }

    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPublish() {
        publishDue();
    }

    /**
     * Publishes every scheduled piece whose time has come. The conditional UPDATE lets exactly one
     * instance or thread win each piece, so running it anywhere, any number of times, is safe.
     */
    public int publishDue() {
        Instant now = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                "status = ?1 and publishedAt <= ?2 order by publishedAt", ArticleStatus.SCHEDULED, now)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList());
        int published = 0;
        for (Long id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> publishScheduled(id))) {
                    published++;
                    Log.infof("Published scheduled article %d", id);
                    // A bulk UPDATE passes no entity listener: tell the page caches ourselves.
                    changes.fire(ContentChanged.COMMITTED);
                } else {
                    Log.debugf("Scheduled article %d was published by another instance or thread", id);
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not publish scheduled article %d", id);
            }
        }
        lastPublishRun = now;
        return published;
    }

    public Instant lastPublishRun() {
        return lastPublishRun;
    }

    /** The publish time of the oldest scheduled piece whose time has come, if one is still waiting. */
    public Optional<Instant> oldestDue() {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.createQuery(
                "select min(a.publishedAt) from Article a where a.status = ?1 and a.publishedAt <= ?2", Instant.class)
                .setParameter(1, ArticleStatus.SCHEDULED)
                .setParameter(2, now)
                .getSingleResult()));
    }

    public record IdOnly(Long id) {
    }

    private boolean publishScheduled(long id) {
        int won = Article.update("status = ?1, version = version + 1 where id = ?2 and status = ?3",
                ArticleStatus.PUBLISHED, id, ArticleStatus.SCHEDULED);
        if (won == 0) {
            return false;
        }
        Article article = Article.findById(id);
        em.refresh(article);
        article.syncListing();
        ArticleActions.audit(null, "PUBLISH_SCHEDULED", article, null);
        return true;
    }
}
