package io.masthead.admin.article;

import io.masthead.article.Article;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of every article's headline and byline, for {@link HeadlineSearch}: rewritten when a
 * piece is saved, its change time kept in step when an action touches it, and filled in the
 * background for articles that were stored before the index existed or inserted in bulk.
 */
@ApplicationScoped
public class HeadlineIndex {

    static final int MAX_WORD = 40;
    private static final int BATCH = 1000;

    private final EntityManager em;

    HeadlineIndex(EntityManager em) {
        this.em = em;
    }

    /** Lowercase words without accents, as stored and as searched: "Café budget" → [cafe, budget]. */
    public static List<String> words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty() && w.length() <= MAX_WORD)
                    .forEach(words::add);
        }
        return new ArrayList<>(words);
    }

    /** The piece's words as it now reads; in the caller's transaction. */
    public void reindex(Article article) {
        em.flush();
        em.createNativeQuery("delete from article_word where article_id = ?1").setParameter(1, article.id).executeUpdate();
        List<String> texts = new ArrayList<>();
        texts.add(article.headline);
        article.authors.forEach(link -> texts.add(link.author.name));
        insert(article.id, article.modifiedAt, words(texts.toArray(String[]::new)));
    }

    /** The piece changed without new words (an action): the list still sorts it by its newest change. */
    public void touched(Article article) {
        em.createNativeQuery("update article_word set modified_at = ?1 where article_id = ?2")
                .setParameter(1, article.modifiedAt).setParameter(2, article.id).executeUpdate();
    }

    private record Entry(long articleId, Instant modifiedAt, List<String> words) {
    }

    private void insert(long articleId, Instant modifiedAt, List<String> words) {
        insert(List.of(new Entry(articleId, modifiedAt, words)));
    }

    /** One JDBC batch for many rows: a backfill batch writes some ten thousand. */
    private void insert(List<Entry> entries) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into article_word (word, modified_at, article_id) values (?, ?, ?)")) {
                for (Entry entry : entries) {
                    for (String word : entry.words()) {
                        insert.setString(1, word);
                        insert.setObject(2, entry.modifiedAt().atOffset(java.time.ZoneOffset.UTC));
                        insert.setLong(3, entry.articleId());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    @Scheduled(every = "2s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void backfillInBackground() {
        try {
            while (backfill() == BATCH) {
                Log.debugf("Indexed another %d headlines", BATCH);
            }
        } catch (RuntimeException e) {
            Log.warnf("Headline indexing paused: %s", e.getMessage());
        }
    }

    /** Indexes the next batch of articles not indexed yet; returns how many. Safe on several instances at once. */
    public int backfill() {
        return QuarkusTransaction.requiringNew().call(this::backfillBatch);
    }

    private int backfillBatch() {
        em.createNativeQuery("insert into search_backfill (name, next_id) select 'headlines', 0 where not exists "
                + "(select 1 from search_backfill where name = 'headlines')").executeUpdate();
        long next = ((Number) em.createNativeQuery("select next_id from search_backfill where name = 'headlines' for update")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, headline, modified_at from article where id >= ?1 order by id")
                .setParameter(1, next).setMaxResults(BATCH).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        long first = ((Number) rows.get(0)[0]).longValue();
        long last = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        Map<Long, List<String>> bylines = bylines(first, last);
        em.createNativeQuery("delete from article_word where article_id between ?1 and ?2")
                .setParameter(1, first).setParameter(2, last).executeUpdate();
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            List<String> texts = new ArrayList<>(bylines.getOrDefault(id, List.of()));
            texts.add((String) row[1]);
            entries.add(new Entry(id, instant(row[2]), words(texts.toArray(String[]::new))));
        }
        insert(entries);
        em.createNativeQuery("update search_backfill set next_id = ?1 where name = 'headlines'")
                .setParameter(1, last + 1).executeUpdate();
        return rows.size();
    }

    private Map<Long, List<String>> bylines(long first, long last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select aa.article_id, au.name from article_author aa "
                + "join author au on au.id = aa.author_id where aa.article_id between ?1 and ?2")
                .setParameter(1, first).setParameter(2, last).getResultList();
        Map<Long, List<String>> names = new HashMap<>();
        rows.forEach(r -> names.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
        return names;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
