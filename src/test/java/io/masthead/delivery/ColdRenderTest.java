package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.SqlCounter;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the page cache off every request renders its page, from data the data cache keeps: the
 * article page and the front page cost no SQL once loaded, and what was loaded in one request
 * renders in the next without reaching back into the database.
 */
@QuarkusTest
@TestProfile(ColdRenderTest.PageCacheOff.class)
class ColdRenderTest {

    public static class PageCacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.cache.enabled", "false");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SqlCounter sql;

    @Inject
    Event<ContentChanged> changes;

    @Test
    void articleAndFrontPagesRenderFromCachedDataWithoutSql() {
        Section section = fixtures.section(Fixtures.unique("coldsec"), null);
        Author author = fixtures.author(Fixtures.unique("coldwriter"), false);
        Tag tag = fixtures.tag(Fixtures.unique("coldtag"));
        Article article = fixtures.article("Cold story", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        for (String path : new String[] {article.url(), "/", section.url(), tag.url()}) {
            String first = given().get(path).then().statusCode(200).extract().asString();
            // The least of three renders: a scheduled job's statements may land in one of them.
            long least = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long before = sql.statements();
                String again = given().get(path).then().statusCode(200).extract().asString();
                least = Math.min(least, sql.statements() - before);
                assertEquals(first, again, path);
            }
            assertEquals(0, least, path + " ran SQL on every render after the first");
        }
    }

    /**
     * The first request of a page loads its data through the resource method; later ones are
     * rendered ahead of the REST layer from the data cache. Both must answer the same way.
     */
    @Test
    void aPageRenderedFromCachedDataAnswersLikeTheFirstRender() {
        Section section = fixtures.section(Fixtures.unique("twice"), null);
        Tag tag = fixtures.tag(Fixtures.unique("twicetag"));
        Article article = fixtures.article("Twice told", section, null, tag, ArticleStatus.PUBLISHED, Instant.now());
        for (String path : new String[] {article.url(), "/", section.url(), tag.url()}) {
            Response first = given().get(path).then().statusCode(200).extract().response();
            Response again = given().get(path).then().statusCode(200).extract().response();
            assertEquals(first.asString(), again.asString(), path);
            for (String header : new String[] {"ETag", "Cache-Control", "Vary", "Content-Type", "Content-Security-Policy",
                "X-Frame-Options"}) {
                assertEquals(first.header(header), again.header(header), path + " " + header);
            }
            assertNull(again.header("Set-Cookie"), path);
            given().header("If-None-Match", again.header("ETag")).get(path).then().statusCode(304)
                    .header("ETag", again.header("ETag"));
            Response head = given().head(path).then().statusCode(200).extract().response();
            assertEquals(String.valueOf(again.asByteArray().length), head.header("Content-Length"), path);
            assertEquals(0, head.asByteArray().length, path);
        }
        // Later pages of a front are not kept: each is read when asked for, with its cursor.
        given().get(section.url() + "?size=1").then().statusCode(200);
        given().get(tag.url() + "?cursor=garbage").then().statusCode(400);
    }

    @Test
    void anUnpublishedArticleIsGoneOnTheNextRequest() {
        Section section = fixtures.section(Fixtures.unique("pulled"), null);
        Article article = fixtures.article("Soon pulled", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        given().get(article.url()).then().statusCode(200);
        given().get(article.url()).then().statusCode(200);
        fixtures.setStatus(article.id, ArticleStatus.DRAFT);
        given().get(article.url()).then().statusCode(404);
        given().get(section.url()).then().statusCode(200).body(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("Soon pulled")));
    }

    /** No resource answers the path and nothing is loaded yet: the 404 page reads its navigation on a worker. */
    @Test
    void anUnknownPathWithNothingLoadedIsA404Page() {
        changes.fire(ContentChanged.RECOMPUTED);
        String page = given().get("/no/such/deep/path/at-all").then().statusCode(404).extract().asString();
        assertTrue(page.contains("We could not find that page"), page);
    }

    @Test
    void aChangeIsRenderedOnTheNextRequest() {
        Section section = fixtures.section(Fixtures.unique("coldnews"), null);
        Article article = fixtures.article("Before the edit", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        given().get(article.url()).then().statusCode(200);
        fixtures.editArticle(article.id, a -> a.headline = "After the edit");
        String page = given().get(article.url()).then().statusCode(200).extract().asString();
        assertEquals(true, page.contains("After the edit"), "the edited headline is shown");
    }
}
