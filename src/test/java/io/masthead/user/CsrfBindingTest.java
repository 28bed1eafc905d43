package io.masthead.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Before, any CSRF cookie and matching field passed, and only SameSite stopped a cross-site post.
 * Now the token is made at sign-in and bound to the session, and a newsroom POST from a page of
 * another site is refused by its Origin before the body is read.
 */
@QuarkusTest
class CsrfBindingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aPlantedTokenIsRefusedAndNothingChanges() {
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article draft = fixtures.articleOwnedBy(writer, fixtures.section(), ArticleStatus.DRAFT);
        Browser victim = fixtures.signedIn(writer);
        String planted = "QUJDREVGR0hJSktMTU5PUA";
        victim.withCookie(Browser.CSRF_COOKIE, planted);
        Response forged = victim.post("/admin/articles/" + draft.id + "/submit");
        assertNotEquals(303, forged.statusCode());
        assertEquals(ArticleStatus.DRAFT, status(draft));
    }

    @Test
    void anotherSessionsTokenIsRefused() {
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article draft = fixtures.articleOwnedBy(writer, fixtures.section(), ArticleStatus.DRAFT);
        Browser first = fixtures.signedIn(writer);
        Browser second = fixtures.signedIn(writer);
        first.withCookie(Browser.CSRF_COOKIE, second.cookie(Browser.CSRF_COOKIE));
        assertNotEquals(303, first.post("/admin/articles/" + draft.id + "/submit").statusCode());
        assertEquals(ArticleStatus.DRAFT, status(draft));
        assertEquals(303, second.post("/admin/articles/" + draft.id + "/submit").statusCode(), "its own session's token works");
        assertEquals(ArticleStatus.IN_REVIEW, status(draft));
    }

    @Test
    void aPostFromAPageOfAnotherSiteIsRefusedByItsOrigin() {
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article draft = fixtures.articleOwnedBy(writer, fixtures.section(), ArticleStatus.DRAFT);
        Browser browser = fixtures.signedIn(writer);
        String token = browser.csrfToken();
        Response foreign = browser.withHeader("Origin", "https://evil.example").post("/admin/articles/" + draft.id + "/submit");
        assertEquals(403, foreign.statusCode());
        assertEquals(ArticleStatus.DRAFT, status(draft));
        Response sameSite = fixtures.signedIn(writer).withHeader("Sec-Fetch-Site", "same-site")
                .post("/admin/articles/" + draft.id + "/submit", Map.of());
        assertEquals(403, sameSite.statusCode(), "a sibling subdomain is another site too");
        Response own = browser.withHeader("Origin", "http://localhost:8080").post("/admin/articles/" + draft.id + "/submit");
        assertEquals(303, own.statusCode(), token);
    }

    private static ArticleStatus status(Article article) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(article.id).status);
    }
}
