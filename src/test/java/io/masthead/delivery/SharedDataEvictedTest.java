package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The size bound of shared data evicts everything as soon as it is read (the site header, the
 * footer, the rails) while each page's own data stays. A tag page whose own data is loaded starts
 * on the event loop and finds the header missing half way through its template; an article page
 * already misses its rails. Either is rendered on a worker instead: the same page, never a 500.
 */
@QuarkusTest
@TestProfile(SharedDataEvictedTest.NoRoomForSharedData.class)
class SharedDataEvictedTest {

    public static class NoRoomForSharedData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.cache.enabled", "false", "masthead.cache.shared-data-bytes", "1");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DataCache dataCache;

    @Test
    void aPageWhoseTemplateNeedsDataNoLongerLoadedIsStillAnswered() {
        Section section = fixtures.section(Fixtures.unique("halfloaded"), null);
        Tag tag = fixtures.tag(Fixtures.unique("halftag"));
        Article article = fixtures.article("Half loaded", section, null, tag, ArticleStatus.PUBLISHED, Instant.now());
        for (String path : new String[] {tag.url(), article.url()}) {
            String first = given().get(path).then().statusCode(200).extract().asString();
            assertEquals(first, given().get(path).then().statusCode(200).extract().asString(), path);
            assertEquals(first, given().get(path).then().statusCode(200).extract().asString(), path);
        }
        assertEquals(0, dataCache.weight(Reach.SHARED), "shared data was kept after all");
    }
}
