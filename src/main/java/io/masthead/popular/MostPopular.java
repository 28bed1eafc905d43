package io.masthead.popular;

import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.delivery.ContentChanged;
import io.masthead.delivery.DataCache;
import io.masthead.delivery.Reach;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The most-read articles of the last two days. Each view counts half as much every twelve
 * hours, so yesterday's hit gives way to today's. The ranking is recomputed from the shared
 * database every minute, so every instance shows the same list.
 */
@ApplicationScoped
public class MostPopular {

    static final int WINDOW_HOURS = 48;
    static final double HALF_LIFE_HOURS = 12.0;
    static final int RANKED = 50;

    @Inject
    EntityManager em;

    @Inject
    DataCache dataCache;

    @Inject
    Event<ContentChanged> changes;

    private volatile List<Long> ranking;

    /** Article ids, most read first. */
    public List<Long> ranking() {
        List<Long> current = ranking;
        return current != null ? current : refresh();
    }

    @Scheduled(every = "${masthead.popular.refresh-every:60s}", delayed = "5s")
    void scheduledRefresh() {
        refresh();
    }

    @SuppressWarnings("unchecked")
    @Transactional
    public List<Long> refresh() {
        long now = ViewCounter.currentBucket();
        // The window's views alone, by their hour: joined to article for its status, H2 read every
        // published article and looked up its views (3.9 s a minute on a million articles). Views
        // are only counted on published pages; one unpublished since drops out in load().
        List<Object[]> rows = em.createNativeQuery("""
                select v.article_id, sum(v.views * power(0.5, (?1 - v.bucket) / ?2)) as score
                from article_view v
                where v.bucket > ?3
                group by v.article_id
                order by score desc, v.article_id desc""")
                .setParameter(1, now)
                .setParameter(2, HALF_LIFE_HOURS)
                .setParameter(3, now - WINDOW_HOURS)
                .setMaxResults(RANKED)
                .getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<Long> previous = ranking;
        ranking = ids;
        if (previous != null && !previous.equals(ids)) {
            // Most Popular appears on cached pages: a new order must show on the next request.
            changes.fire(ContentChanged.RECOMPUTED);
        }
        return ids;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rail(List<Story> stories);
    }

    /** The "Most Popular" rail of the home and article pages as finished HTML, or null while nothing ranks. */
    public RawString rail(int n) {
        List<Story> stories = top(n);
        return stories.isEmpty() ? null : dataCache.html("most-popular-rail:" + n, () -> Templates.rail(stories));
    }

    /** The top stories as cards, in ranking order; articles unpublished since the last refresh drop out. */
    public List<Story> top(int n) {
        return dataCache.get("most-popular:" + n, Reach.SHARED, () -> load(n));
    }

    @Transactional
    List<Story> load(int n) {
        List<Long> ids = ranking();
        List<Long> wanted = ids.subList(0, Math.min(ids.size(), n + 5));
        Map<Long, Article> found = Article.publishedWithIds(wanted).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Article> ordered = wanted.stream().map(found::get).filter(a -> a != null).limit(n).toList();
        return Stories.of(ordered);
    }

}
