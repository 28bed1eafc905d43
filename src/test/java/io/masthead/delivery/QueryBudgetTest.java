package io.masthead.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.support.SqlCounter;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rendering a page costs a small, fixed number of statements, whatever it lists. */
@QuarkusTest
class QueryBudgetTest {

    static final int BUDGET = 12;

    @Inject
    Fixtures fixtures;

    @Inject
    SqlCounter sql;

    @Inject
    Event<ContentChanged> changes;

    @Test
    void riversCostTheSameWithTwoItemsOrTwenty() {
        long small = statementsFor(riverWith(2));
        long large = statementsFor(riverWith(20));
        assertEquals(small, large);
        assertTrue(large <= BUDGET, "statements: " + large);
    }

    @Test
    void everyPageTypeStaysWithinBudget() {
        Section section = fixtures.section(Fixtures.unique("budget"), null);
        Author author = fixtures.author(Fixtures.unique("budgeteer"), false);
        Tag tag = fixtures.tag(Fixtures.unique("budgeted"));
        Article article = fixtures.article("Budgeted story", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        String video = Html.get("/video/").selectFirst(".video-card__title a").attr("href");
        for (String path : new String[] {"/", "/latest/", section.url(), tag.url(), author.url(), article.url(),
            "/video/", video, "/most-popular/"}) {
            long n = statementsFor(path);
            assertTrue(n <= BUDGET, path + " issued " + n + " statements");
        }
    }

    @Test
    void queriesAreTranslatedOnceNotOnEveryRequest() {
        Section section = fixtures.section(Fixtures.unique("planned"), null);
        Author author = fixtures.author(Fixtures.unique("planner"), false);
        Tag tag = fixtures.tag(Fixtures.unique("plan"));
        Article article = fixtures.article("Planned story", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        String[] paths = {"/", "/latest/", section.url(), tag.url(), author.url(), article.url(), "/video/", "/most-popular/"};
        for (String path : paths) {
            changes.fire(ContentChanged.RECOMPUTED);
            Html.get(path);
        }
        for (String path : paths) {
            changes.fire(ContentChanged.RECOMPUTED);
            long before = sql.queryPlanMisses();
            Html.get(path);
            assertEquals(before, sql.queryPlanMisses(), path + " translated its queries again");
        }
    }

    String riverWith(int items) {
        Section section = fixtures.section(Fixtures.unique("river"), null);
        Author author = fixtures.author(Fixtures.unique("riverine"), false);
        Tag tag = fixtures.tag(Fixtures.unique("flow"));
        for (int i = 0; i < items; i++) {
            fixtures.article("River story " + i, section, author, tag, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(i));
        }
        return tag.url();
    }

    /**
     * The least of three cold renders: a scheduled job's statements may land in one of them. The
     * shared content version each of the fixtures' commits bumps from a background thread is not
     * counted (see SqlCounter).
     */
    long statementsFor(String path) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            changes.fire(ContentChanged.RECOMPUTED);
            long before = sql.statements();
            Html.get(path);
            least = Math.min(least, sql.statements() - before);
        }
        return least;
    }
}
