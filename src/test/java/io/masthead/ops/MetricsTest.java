package io.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.article.ScheduledPublishing;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.popular.ViewCounter;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: where they are served, that the names are there, and that they move. */
@QuarkusTest
class MetricsTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    Fixtures fixtures;

    @Inject
    ViewCounter views;

    @Inject
    ScheduledPublishing workflow;

    @Test
    void metricsAreOnTheManagementPortOnlyAndHealthStaysOnThePublicOne() {
        // Without the slash it is redirected like any two-segment path; either way there is nothing there.
        given().redirects().follow(false).get("/q/metrics").then().statusCode(org.hamcrest.Matchers.oneOf(301, 404));
        given().get("/q/metrics/").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200);
        String text = scrape();
        for (String name : List.of("http_server_requests_seconds_count", "masthead_page_cache_requests_total",
                "masthead_page_cache_entries", "masthead_page_cache_evictions_total", "masthead_page_cache_clears_total",
                "masthead_views_pending", "masthead_views_written_total", "masthead_views_flush_failures_total",
                "masthead_scheduled_publishing_overdue_seconds", "masthead_scheduled_publishing_last_run_age_seconds",
                "jvm_memory_used_bytes", "agroal_active_count")) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(name)), "no metric " + name);
        }
    }

    @Test
    void aCacheHitCountsAsAHitAndIsTimedUnderItsRouteNotItsUrl() {
        Section section = fixtures.section(Fixtures.unique("metered"), null);
        Article article = fixtures.article("Metered story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        given().get(article.url()).then().statusCode(200);
        String before = scrape();

        given().get(article.url()).then().statusCode(200);
        given().get(article.url()).then().statusCode(200);

        String after = scrape();
        assertEquals(value(before, "masthead_page_cache_requests_total", "result=\"hit\"") + 2,
                value(after, "masthead_page_cache_requests_total", "result=\"hit\""));
        String route = "uri=\"/{section}/{article";
        assertEquals(value(before, "http_server_requests_seconds_count", "cache=\"hit\"", "status=\"200\"", route) + 2,
                value(after, "http_server_requests_seconds_count", "cache=\"hit\"", "status=\"200\"", route));
        assertFalse(after.contains(article.slug), "a raw article URL became a tag");
        assertFalse(after.contains(section.slug), "a raw section URL became a tag");
    }

    @Test
    void aRenderedPageCountsOneMissAndTheNewsroomNone() {
        Section section = fixtures.section(Fixtures.unique("missed"), null);
        Article article = fixtures.article("Missed story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        String before = scrape();

        given().get(article.url()).then().statusCode(200);
        given().redirects().follow(false).get("/admin/articles").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303));

        assertEquals(value(before, "masthead_page_cache_requests_total", "result=\"miss\"") + 1,
                value(scrape(), "masthead_page_cache_requests_total", "result=\"miss\""));
    }

    @Test
    void aCountedViewIsPendingUntilFlushedThenWritten() {
        Section section = fixtures.section(Fixtures.unique("viewed"), null);
        Article article = fixtures.article("Viewed story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        views.flush();
        String before = scrape();
        assertEquals(0, value(before, "masthead_views_pending"));

        given().header("User-Agent", BROWSER).post("/views/" + article.id).then().statusCode(204);
        given().header("User-Agent", BROWSER).post("/views/" + article.id).then().statusCode(204);
        given().header("User-Agent", BROWSER).post("/views/" + article.id).then().statusCode(204);
        assertEquals(3, value(scrape(), "masthead_views_pending"));

        views.flush();
        String after = scrape();
        assertEquals(0, value(after, "masthead_views_pending"));
        assertEquals(value(before, "masthead_views_written_total") + 3, value(after, "masthead_views_written_total"));
    }

    @Test
    void aScheduledArticlePastItsTimeShowsAsOverdueUntilTheJobPublishesIt() {
        Section section = fixtures.section(Fixtures.unique("late"), null);
        double overdue = -1;
        for (int attempt = 0; attempt < 3 && overdue < 0; attempt++) {
            Instant due = Instant.now().minus(1, ChronoUnit.HOURS);
            Article late = fixtures.article("Late story", section, null, null, ArticleStatus.SCHEDULED, due);
            double seen = value(scrape(), "masthead_scheduled_publishing_overdue_seconds");
            // The publishing job runs every 15 s in tests too; if it won the race, try again.
            if (fixtures.reloadArticle(late.id).status == ArticleStatus.SCHEDULED) {
                overdue = seen;
            }
        }
        assertTrue(overdue >= 3600, "an hour late, the gauge says " + overdue);

        workflow.publishDue();
        String after = scrape();
        assertEquals(0, value(after, "masthead_scheduled_publishing_overdue_seconds"));
        assertTrue(value(after, "masthead_scheduled_publishing_last_run_age_seconds") < 5);
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{(.*)})? (\\S+)$");

    /** The value of the one sample with that name whose labels contain every fragment (0 when absent). */
    static double value(String text, String name, String... labels) {
        double found = 0;
        int matches = 0;
        for (String line : text.lines().toList()) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            String have = m.group(3) == null ? "" : m.group(3);
            if (List.of(labels).stream().allMatch(have::contains)) {
                found = Double.parseDouble(m.group(4));
                matches++;
            }
        }
        assertTrue(matches <= 1, matches + " samples of " + name + " match " + List.of(labels));
        return found;
    }
}
