package io.masthead.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void articleAndFrontPagesRenderFromCachedDataWithoutSql() {
        Section section = fixtures.section(Fixtures.unique("coldsec"), null);
        Author author = fixtures.author(Fixtures.unique("coldwriter"), false);
        Tag tag = fixtures.tag(Fixtures.unique("coldtag"));
        Article article = fixtures.article("Cold story", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        for (String path : new String[] {article.url(), "/"}) {
            String first = given().get(path).then().statusCode(200).extract().asString();
            // The least of three renders: a background content-version poll may land in one of them.
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
