package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data past its time is reloaded in the background while readers keep getting what is loaded:
 * a change nobody announced (made straight in the database) shows once the data is due, and no
 * reader waits for the reload.
 */
@QuarkusTest
@TestProfile(DataReloadTest.ShortLived.class)
class DataReloadTest {

    public static class ShortLived implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.cache.enabled", "false", "masthead.cache.ttl", "1s");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void dataPastItsTimeIsServedWhileItReloadsThenTheChangeShows() throws InterruptedException {
        Section section = fixtures.section(Fixtures.unique("reloaded"), null);
        Article article = fixtures.article("Headline as loaded", section, null, null, ArticleStatus.PUBLISHED,
                Instant.now());
        assertTrue(page(article).contains("Headline as loaded"));

        // Another process changes the row: no entity listener, no content-version bump.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update article set headline = 'Headline changed elsewhere' where id = ?1")
                .setParameter(1, article.id)
                .executeUpdate());
        assertTrue(page(article).contains("Headline as loaded"), "loaded data is used until it is due");

        Thread.sleep(1100);
        assertTrue(page(article).contains("Headline as loaded"),
                "the reader who finds the data due gets it at once; the reload runs in the background");
        boolean shown = false;
        for (int attempt = 0; attempt < 50 && !shown; attempt++) {
            Thread.sleep(100);
            shown = page(article).contains("Headline changed elsewhere");
        }
        assertTrue(shown, "the reloaded data shows within seconds");
    }

    private static String page(Article article) {
        return given().get(article.url()).then().statusCode(200).extract().asString();
    }
}
