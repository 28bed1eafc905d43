package io.masthead.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.popular.MostPopular;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.support.RecordedStatements;
import io.masthead.tag.Tag;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * No reader page runs a statement that reads more than a page of rows. Every listing a reader
 * request runs (a query with ORDER BY and a row limit) must be read off an index in the index's
 * order, so H2 stops after the page instead of sorting every matching row: on a million articles
 * that is the difference between milliseconds and the 27 s one subsection's "More News" took when
 * its sort named the joined section's id instead of the article's own column.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "build.db-kind", matches = "postgresql", disabledReason = "H2's plans; PostgreSQL picks its own")
class ReaderQueryPlanTest {

    /** Dated in the archive, so these stories never crowd the newest ones other tests look for. */
    private static final Instant ARCHIVE = Instant.parse("2019-06-01T12:00:00Z");
    private static final Pattern LISTING = Pattern.compile("(?is)\\border by\\b.*\\b(fetch|limit)\\b");
    private static final Pattern SORTED = Pattern.compile("/\\* index sorted( \\*/|:)");

    @Inject
    Fixtures fixtures;

    @Inject
    @PersistenceUnitExtension
    RecordedStatements statements;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MostPopular mostPopular;

    @Test
    void everyListingOnAReaderPageIsReadOffAnIndexInOrder() throws SQLException {
        Section parent = fixtures.section(Fixtures.unique("planned"), null);
        Section child = fixtures.section(Fixtures.unique("sub"), parent);
        Author author = fixtures.author(Fixtures.unique("planner"), false);
        Tag tag = fixtures.tag(Fixtures.unique("plan"));
        Article first = null;
        for (int i = 0; i < 30; i++) {
            Article article = fixtures.article("Planned story " + i, i % 2 == 0 ? parent : child, author, tag,
                    ArticleStatus.PUBLISHED, ARCHIVE.minusSeconds(60L * i));
            first = first == null ? article : first;
        }
        String channel = Html.get("/video/").select("a[href~=^/video/[a-z0-9-]+/$]").attr("href");
        String[] paths = {"/", "/latest/", parent.url(), child.url(), tag.url(), author.url(), first.url(),
            "/video/", channel, "/most-popular/", "/rss.xml", parent.url() + "rss.xml", tag.url() + "rss.xml",
            author.url() + "rss.xml", "/news-sitemap.xml"};
        List<String> listings = new ArrayList<>();
        for (String path : paths) {
            changes.fire(ContentChanged.RECOMPUTED);
            statements.start();
            Html.get(path);
            statements.stop().stream().filter(sql -> LISTING.matcher(sql).find()).forEach(listings::add);
            String next = Html.get(path).select("a.load-more__link").attr("href");
            if (!next.isEmpty()) {
                statements.start();
                Html.get(next);
                statements.stop().stream().filter(sql -> LISTING.matcher(sql).find()).forEach(listings::add);
            }
        }
        assertFalse(listings.isEmpty());
        List<String> unsorted = new ArrayList<>();
        for (String sql : listings) {
            String plan = plan(sql);
            if (countOf(plan, "ORDER BY") != countOf(plan, SORTED)) {
                unsorted.add(sql.replaceFirst("(?s)^select .*? from ", "select ... from ") + "\n" + plan);
            }
        }
        assertEquals(List.of(), unsorted);
    }

    /**
     * Most Popular is ranked every minute from the views of the last two days: the plan must start
     * from those views (by their hour) and look each article up by its key, never walk the archive.
     */
    @Test
    void mostPopularIsRankedFromTheWindowsViewsNotFromEveryArticle() throws SQLException {
        statements.start();
        mostPopular.refresh();
        List<String> ranking = statements.stop().stream().filter(sql -> sql.contains("article_view")).toList();
        assertEquals(1, ranking.size(), ranking::toString);
        String plan = plan(ranking.get(0)).toLowerCase(Locale.ROOT);
        assertTrue(plan.contains("article_view_hour_idx: bucket >"), plan);
        assertFalse(plan.contains("article_river_idx") || plan.contains("tablescan"), plan);
    }

    private String plan(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement explain = c.prepareStatement("explain " + sql);
             ResultSet rs = explain.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int countOf(String text, String word) {
        return countOf(text.toUpperCase(Locale.ROOT), Pattern.compile("\\b" + word + "\\b"));
    }

    private static int countOf(String text, Pattern pattern) {
        int n = 0;
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }
}
