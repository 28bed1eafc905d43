package io.masthead.popular;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MostPopularTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @Inject
    Fixtures fixtures;

    @Inject
    ViewCounter counter;

    @Inject
    MostPopular mostPopular;

    @Test
    void countedViewsMoveAnArticleToTheTopOfMostPopular() {
        Section section = fixtures.section(Fixtures.unique("pop"), null);
        Article rising = fixtures.article("Rising story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        long before = totalViews(rising.id);
        // 500 readers, each from an address of their own (as the trusted proxy reports them).
        for (int i = 0; i < 500; i++) {
            viewFrom(rising.id, "100.64." + (i / 250) + "." + (i % 250)).then().statusCode(204);
        }
        counter.flush();
        assertEquals(before + 500, totalViews(rising.id));
        mostPopular.refresh();

        Document page = Html.get("/most-popular/");
        assertEquals(rising.url(), page.selectFirst(".river__list--ranked li h2 a").attr("href"));
        Document home = Html.get("/");
        assertEquals(rising.url(), home.selectFirst("#most-popular + ol li a[href~=/\\d+-]").attr("href"));
        Document anyArticle = Html.get(rising.url());
        assertEquals(rising.url(), anyArticle.selectFirst("#most-popular + ol .card__headline a").attr("href"));
    }

    @Test
    void fiveHundredViewsFromOneClientCountAsAHandful() {
        Section section = fixtures.section(Fixtures.unique("stuffed"), null);
        Article bought = fixtures.article("Stuffed story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        Article other = fixtures.article("Other story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        counter.flush();
        for (int i = 0; i < 500; i++) {
            viewFrom(bought.id, "198.51.100.23").then().statusCode(204);
        }
        viewFrom(other.id, "198.51.100.23").then().statusCode(204);
        // The same from a whole IPv6 /64, one fresh address per request.
        for (int i = 0; i < 100; i++) {
            viewFrom(bought.id, "2001:db8:5:7::" + Integer.toHexString(i + 1)).then().statusCode(204);
        }
        counter.flush();
        assertEquals(6, totalViews(bought.id), "3 from the IPv4 client and 3 from the /64, of 600 posts");
        assertEquals(1, totalViews(other.id), "the same client still counts on another article");
    }

    @Test
    void botsAndBlankAgentsAreNotCounted() {
        Section section = fixtures.section(Fixtures.unique("bots"), null);
        Article article = fixtures.article("Crawled story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        counter.flush();
        for (String agent : new String[] {"Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "",
            "Mozilla/5.0 (compatible; bingbot/2.0)", "python-requests/2.31"}) {
            view(article.id, agent).then().statusCode(204);
        }
        counter.flush();
        assertEquals(0, totalViews(article.id));
    }

    @Test
    void viewsOfUnpublishedOrUnknownArticlesAreDroppedAndGarbageIdsRefused() {
        Section section = fixtures.section(Fixtures.unique("drafts"), null);
        Article draft = fixtures.article("Draft story", section, null, null, ArticleStatus.DRAFT, null);
        view(draft.id, BROWSER).then().statusCode(204);
        view(999_999_999L, BROWSER).then().statusCode(204);
        counter.flush();
        assertEquals(0, totalViews(draft.id));
        given().header("User-Agent", BROWSER).post("/views/abc").then().statusCode(404);
        given().header("User-Agent", BROWSER).post("/views/99999999999999999999999").then().statusCode(404);
    }

    @Test
    void viewCountingSetsNoCookieAndIsNeverCached() {
        Section section = fixtures.section(Fixtures.unique("nocache"), null);
        Article article = fixtures.article("Cache story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        var response = view(article.id, BROWSER);
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals(null, response.header("Set-Cookie"));
        assertTrue(counter.pendingViews() >= 1);
        counter.flush();
        assertFalse(totalViews(article.id) == 0);
    }

    static io.restassured.response.Response viewFrom(long id, String client) {
        return given().header("User-Agent", BROWSER).header("X-Forwarded-For", client).post("/views/" + id);
    }

    static io.restassured.response.Response view(long id, String agent) {
        return given().header("User-Agent", agent).post("/views/" + id);
    }

    @Transactional
    long totalViews(long articleId) {
        Number n = (Number) Article.getEntityManager()
                .createNativeQuery("select coalesce(sum(views), 0) from article_view where article_id = ?1")
                .setParameter(1, articleId).getSingleResult();
        return n.longValue();
    }
}
