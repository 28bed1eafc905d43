package io.masthead.user;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The one-time first admin, the forced password change, and the sign-in page's messages. */
@QuarkusTest
class FirstAdminTest {

    @Test
    void aOneTimeAdminIsMadeOnlyForAStoreWithNoAdminAndNoneConfigured() {
        assertTrue(OneTimeAdmin.needed(false, false, false));
        assertFalse(OneTimeAdmin.needed(true, false, false), "an admin exists");
        assertFalse(OneTimeAdmin.needed(false, true, false), "one is configured");
        assertFalse(OneTimeAdmin.needed(false, false, true), "the demo accounts include one");
        assertTrue(OneTimeAdmin.password().length() >= 24);
        assertFalse(OneTimeAdmin.password().equals(OneTimeAdmin.password()));
    }

    @Test
    void theOneTimePasswordLeadsOnlyToChoosingANewOne() {
        String username = Fixtures.unique("first-admin");
        String oneTime = OneTimeAdmin.password();
        QuarkusTransaction.requiringNew().run(() -> OneTimeAdmin.create(username, oneTime));
        Browser admin = Browser.signedIn(username, oneTime);
        Browser elsewhere = Browser.signedIn(username, oneTime);
        Response dashboard = admin.get("/admin");
        assertEquals(303, dashboard.statusCode());
        assertTrue(dashboard.header("Location").endsWith("/admin/password"));
        assertEquals(303, admin.get("/admin/users").statusCode());
        Document form = admin.page("/admin/password");
        assertFalse(form.select(".notice").text().isBlank());

        Response same = admin.post("/admin/password", Map.of("current", oneTime, "password", oneTime, "repeat", oneTime));
        assertEquals(400, same.statusCode());
        Response mismatch = admin.post("/admin/password", Map.of("current", oneTime, "password", "a new long secret",
                "repeat", "another one"));
        assertEquals(400, mismatch.statusCode());
        Response changed = admin.post("/admin/password", Map.of("current", oneTime, "password", "a new long secret",
                "repeat", "a new long secret"));
        assertEquals(303, changed.statusCode());
        assertEquals(200, admin.get("/admin/users").statusCode(), "the browser that changed it stays signed in");
        assertEquals(302, elsewhere.get("/admin/users").statusCode(), "every other session of the user ended");
        assertEquals(302, Browser.anonymous().login(username, oneTime).statusCode());
        assertTrue(Browser.anonymous().login(username, oneTime).header("Location").contains("/login?error"),
                "the one-time password no longer works");
        assertEquals(200, Browser.signedIn(username, "a new long secret").get("/admin").statusCode());
    }

    @Test
    void theSignInPageShowsTheRightMessage() {
        assertTrue(signInPage("/login?error").select("[role=alert]").text().contains("did not match"));
        assertTrue(signInPage("/login?error=true").select("[role=alert]").text().contains("did not match"));
        assertTrue(signInPage("/login?locked").select("[role=alert]").text().contains("Too many attempts"));
        assertTrue(signInPage("/login?out").select("[role=status]").text().contains("signed out"));
        assertTrue(signInPage("/login").select("[role=alert], [role=status]").isEmpty());
        Response unknown = Browser.anonymous().login("nobody-" + Fixtures.unique("x"), "whatever-password");
        String real = Fixtures.unique("signin");
        QuarkusTransaction.requiringNew().run(() -> User.create(real, "Sign-in test", "the right password", Role.EDITOR));
        Response wrong = Browser.anonymous().login(real, "wrong-password-entirely");
        assertEquals(unknown.header("Location"), wrong.header("Location"), "unknown user and wrong password look alike");
    }

    /** The sign-in page: never stored, and the one page that hands an anonymous visitor a CSRF cookie (its form's). */
    private static Document signInPage(String path) {
        Response response = given().redirects().follow(false).get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals("no-store", response.header("Cache-Control"), path);
        assertTrue(response.header("Set-Cookie").startsWith(Browser.CSRF_COOKIE + "="), path);
        return Jsoup.parse(response.body().asString());
    }
}
