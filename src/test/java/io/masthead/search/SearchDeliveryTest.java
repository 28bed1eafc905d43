package io.masthead.search;

import static io.masthead.search.SearchPageTest.found;
import static io.masthead.search.SearchPageTest.url;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.delivery.CachedPage;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageCache;
import io.masthead.delivery.Reach;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.user.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * /search as a page of the delivery pipeline: kept in the page cache as a page of its own, sent
 * with validators and cache headers, never a cookie, timed under its route; only published
 * articles, and never stale for longer than the index takes to follow an edit.
 */
@QuarkusTest
class SearchDeliveryTest {

    /** An edit, publish or unpublish is found (or no longer found) within this, on this instance. */
    private static final long FRESHNESS_MILLIS = 2_000;

    @Inject
    SearchFixtures search;

    @Inject
    Fixtures fixtures;

    @Inject
    PageCache pages;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theSearchPageIsCacheableNoindexCookieFreeAndInTheSiteLayout() {
        String word = SearchFixtures.word();
        search.article(SearchFixtures.Spec.of("Cacheable " + word, "Text.", search.desk()));
        search.indexed();

        Response response = given().urlEncodingEnabled(false).get(url(word, ""));
        assertEquals(200, response.statusCode());
        assertEquals(Freshness.FRONT.cacheControl, response.header("Cache-Control"));
        assertNull(response.header("Set-Cookie"));
        String etag = response.header("ETag");
        assertNotNull(etag);
        given().urlEncodingEnabled(false).header("If-None-Match", etag).get(url(word, "")).then().statusCode(304);
        Response head = given().urlEncodingEnabled(false).head(url(word, ""));
        assertEquals(200, head.statusCode());
        assertEquals(etag, head.header("ETag"));
        assertEquals("", head.body().asString());
        Document page = Html.get(url(word, ""));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(page.select("header.site-header").isEmpty());
        assertFalse(page.select("footer.site-footer").isEmpty());
        assertEquals(word, page.selectFirst("form[role=search] input[name=q]#search-q").val());
    }

    @Test
    void aSignedInReaderGetsNoCookieFromASearchEither() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response response = editor.get("/search?q=harbour");
        assertEquals(200, response.statusCode());
        assertNull(response.header("Set-Cookie"), "a search page set a cookie for a signed-in reader");
    }

    @Test
    void eachSearchIsKeptAsAPageOfItsOwnSoOneOffQueriesNeverEvictSharedPages() {
        String word = SearchFixtures.word();
        search.article(SearchFixtures.Spec.of("Kept " + word, "Text.", search.desk()));
        search.indexed();
        given().get("/").then().statusCode(200);
        assertNotNull(pages.get("/", false), "the front page is kept");
        long shared = pages.weight(Reach.SHARED);

        String path = url(word, "");
        given().urlEncodingEnabled(false).get(path).then().statusCode(200);
        CachedPage kept = pages.get(path, false);
        assertNotNull(kept, "the search page was not kept");
        assertEquals(Reach.SINGLE, kept.reach());
        for (int i = 0; i < 40; i++) {
            given().urlEncodingEnabled(false).get(url(SearchFixtures.word(), "")).then().statusCode(200);
        }
        // (Less is possible: Most Popular's refresh may empty the cache meanwhile.)
        assertTrue(pages.weight(Reach.SHARED) <= shared, "one-off searches took room from the shared pages");
    }

    @Test
    void searchesAreTimedUnderTheirRouteNeverTheirQuery() {
        String word = SearchFixtures.word();
        String before = scrape();
        given().urlEncodingEnabled(false).get(url(word, "")).then().statusCode(200);
        given().urlEncodingEnabled(false).get(url(word, "")).then().statusCode(200);
        String after = scrape();
        assertTrue(count(after, "uri=\"/search\"", "cache=\"hit\"") >= count(before, "uri=\"/search\"", "cache=\"hit\"") + 1,
                "a second identical search is a cache hit timed under /search");
        assertTrue(count(after, "uri=\"/search\"", "cache=\"miss\"") >= count(before, "uri=\"/search\"", "cache=\"miss\"") + 1);
        assertFalse(after.contains(word), "a query became a metric's tag");
    }

    @Test
    void anEditPublishOrUnpublishInTheNewsroomShowsInACachedSearchWithinTwoSeconds() {
        String word = SearchFixtures.word();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Article draft = fixtures.articleOwnedBy(fixtures.user(Role.CONTRIBUTOR), search.desk(), ArticleStatus.DRAFT);
        String edit = "/admin/articles/" + draft.id;
        assertEquals(303, editor.form(edit, "form#article-form").set("headline", "Ferry " + word + " timetable").submit()
                .statusCode());
        assertTrue(found(Html.get(url(word, ""))).isEmpty(), "a draft was found");
        assertTrue(found(Html.get(url(word, ""))).isEmpty(), "a draft was found");

        assertEquals(303, editor.button(edit, "button[formaction$=/publish]").submit().statusCode());
        String publicUrl = fixtures.reloadArticle(draft.id).url();
        assertTrue(within(() -> found(Html.get(url(word, ""))).equals(List.of(publicUrl))), "the publish was not found");

        String renamed = SearchFixtures.word();
        assertEquals(303, editor.form(edit, "form#article-form").set("headline", "Ferry " + renamed + " timetable")
                .submit().statusCode());
        assertTrue(within(() -> found(Html.get(url(word, ""))).isEmpty()), "the old headline is still found");
        assertTrue(within(() -> found(Html.get(url(renamed, ""))).equals(List.of(publicUrl))), "the edit was not found");

        assertEquals(303, editor.post(edit + "/unpublish").statusCode());
        assertTrue(within(() -> found(Html.get(url(renamed, ""))).isEmpty()), "an unpublished article is still found");
    }

    @Test
    void onlyPublishedArticlesAreEverFoundAndChangesShowAtOnce() {
        String word = SearchFixtures.word();
        Section section = search.desk();
        Instant future = Instant.now().plus(3, ChronoUnit.DAYS);
        for (ArticleStatus hidden : List.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.CHANGES_REQUESTED,
                ArticleStatus.UNPUBLISHED)) {
            search.article(SearchFixtures.Spec.of(hidden + " " + word, "Hidden " + word, section).status(hidden));
        }
        search.article(SearchFixtures.Spec.of("Scheduled " + word, "Later " + word, section)
                .status(ArticleStatus.SCHEDULED).at(future));
        Article article = search.article(SearchFixtures.Spec.of("Soon " + word, "Coming " + word, section)
                .status(ArticleStatus.DRAFT));
        search.indexed();
        assertTrue(found(Html.get(url(word, ""))).isEmpty());

        fixtures.setStatus(article.id, ArticleStatus.PUBLISHED);
        fixtures.editArticle(article.id, a -> a.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS));
        search.indexed();
        assertEquals(List.of(article.url()), found(Html.get(url(word, ""))));

        String renamed = SearchFixtures.word();
        fixtures.editArticle(article.id, a -> a.headline = "Renamed " + renamed);
        search.indexed();
        assertTrue(found(Html.get(url(word + " soon", ""))).isEmpty(), "the old headline is still found");
        assertEquals(1, found(Html.get(url(renamed, ""))).size());

        fixtures.setStatus(article.id, ArticleStatus.UNPUBLISHED);
        search.indexed();
        assertTrue(found(Html.get(url(renamed, ""))).isEmpty());
    }

    @Test
    void anAddressTooLongToReadIsRefusedWithA4xx() {
        int status = given().urlEncodingEnabled(false).get("/search?q=" + "x".repeat(70_000)).statusCode();
        assertTrue(status >= 400 && status < 500, "status " + status);
    }

    @Test
    void everyPageHasALabelledSearchFormInItsHeader() {
        Document home = Html.get("/");
        Element form = home.selectFirst("header.site-header form[role=search]");
        assertNotNull(form);
        assertEquals("/search", form.attr("action"));
        assertEquals("get", form.attr("method"));
        Element input = form.selectFirst("input[name=q]");
        assertEquals(1, form.select("label[for=" + input.id() + "]").size());
        Document empty = Html.get("/search");
        assertTrue(empty.selectFirst(".search-notice").text().startsWith("Type a word"));
        assertTrue(empty.select(".search-results").isEmpty());
    }

    /** Whether the condition holds within the freshness bound (checked as a reader would, again and again). */
    private static boolean within(Supplier<Boolean> condition) {
        long deadline = System.currentTimeMillis() + FRESHNESS_MILLIS;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The sum of http_server_requests_seconds_count over the samples whose labels hold every fragment. */
    private static double count(String text, String... labels) {
        return text.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{"))
                .filter(l -> List.of(labels).stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
