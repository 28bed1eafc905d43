package io.masthead.user;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.AuditLog;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What an anonymous attacker tried at the sign-in form, and what now happens. */
@QuarkusTest
class LoginAbuseTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FailedLogins failedLogins;

    @Test
    void aForeignPageCannotSignTheVisitorIn() {
        User attacker = fixtures.user(Role.CONTRIBUTOR);
        // The victim's browser posts the attacker's credentials from the attacker's page: it names that page's origin.
        Response forged = signInWithToken(attacker.username, "https://evil.example", null);
        assertEquals(403, forged.statusCode());
        assertNull(sessionCookie(forged));
        Response fetchMetadata = signInWithToken(attacker.username, null, "cross-site");
        assertEquals(403, fetchMetadata.statusCode());
        assertNull(sessionCookie(fetchMetadata));
        // An old browser that sends neither header: the page cannot know the visitor's form token.
        Response noToken = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie(Browser.CSRF_COOKIE, "AAAAAAAAAAAAAAAAAAAAAA").formParam("csrf-token", "BBBBBBBBBBBBBBBBBBBBBB")
                .formParam("j_username", attacker.username).formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        assertEquals(302, noToken.statusCode());
        assertTrue(noToken.header("Location").endsWith("/login?error"));
        assertNull(sessionCookie(noToken));
        // The same form from this site's own page works.
        assertEquals(302, signInWithToken(attacker.username, "http://localhost:8080", "same-origin").statusCode());
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        User owner = fixtures.user(Role.EDITOR);
        Browser stranger = Browser.anonymous().withHeader("X-Forwarded-For", "198.51.100.7");
        for (int i = 0; i < 50; i++) {
            stranger.login(owner.username, "guess-" + i);
        }
        Response ownLogin = Browser.anonymous().withHeader("X-Forwarded-For", "203.0.113.9").login(owner.username, Fixtures.PASSWORD);
        assertEquals(302, ownLogin.statusCode());
        assertTrue(ownLogin.header("Location").endsWith("/admin"), "the owner signs in from their own address: "
                + ownLogin.header("Location"));
    }

    @Test
    void theBackOffSlowsAndThenLetsTheRightPasswordIn() throws Exception {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser client = Browser.anonymous().withHeader("X-Forwarded-For", "192.0.2.77");
        for (int i = 0; i < 5; i++) {
            client.login(user.username, "wrong-" + i);
        }
        assertTrue(client.login(user.username, Fixtures.PASSWORD).header("Location").endsWith("/login?locked"),
                "straight after five failures: wait, and the page says so");
        Thread.sleep(1_300);
        assertTrue(client.login(user.username, Fixtures.PASSWORD).header("Location").endsWith("/admin"),
                "a second later the right password is let in");
    }

    @Test
    void aSpoofedForwardedForBehindTheProxyIsNotTheClient() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        // What nginx sends on: the client's own X-Forwarded-For, then the address nginx saw.
        for (int k = 0; k < 30; k++) {
            Browser.anonymous().withHeader("X-Forwarded-For", "10.66.0." + k + ", 192.0.2.10").login(user.username, "nope-" + k);
        }
        failedLogins.flush();
        List<AuditLog> rows = QuarkusTransaction.requiringNew().call(() -> AuditLog.<AuditLog>list(
                "action = 'LOGIN_FAILED' and username = ?1", user.username));
        assertEquals(1, rows.size(), "thirty failures, one row");
        assertEquals("client 192.0.2.10", rows.get(0).target);
        var counts = java.util.regex.Pattern.compile("(\\d+) failed, (\\d+) refused by the throttle.*").matcher(rows.get(0).detail);
        assertTrue(counts.matches(), rows.get(0).detail);
        int failed = Integer.parseInt(counts.group(1));
        assertTrue(failed >= 5 && failed <= 8, "only the first few were checked: " + rows.get(0).detail);
        assertEquals(30, failed + Integer.parseInt(counts.group(2)), "every attempt counted against 192.0.2.10");
    }

    @Test
    void aFloodOfFailuresCannotPushRealEventsOutOfTheAuditLog() {
        failedLogins.flush();
        long before = QuarkusTransaction.requiringNew().call(() -> AuditLog.count("action = 'LOGIN_FAILED'"));
        String marker = "real-event-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> AuditLog.record("admin", "SETTINGS", marker, null));
        int flood = 60;
        for (int i = 0; i < flood; i++) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", "198.18." + (i % 200) + "." + (i / 200))
                    .cookie(Browser.CSRF_COOKIE, "AAAAAAAAAAAAAAAAAAAAAA").formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA")
                    .formParam("j_username", "flood-" + i).formParam("j_password", "x").post("/j_security_check");
        }
        failedLogins.flush();
        long rows = QuarkusTransaction.requiringNew().call(() -> AuditLog.count("action = 'LOGIN_FAILED'")) - before;
        assertTrue(rows <= FailedLogins.ROWS_PER_FLUSH + 1, rows + " rows for " + flood + " failures from " + flood + " clients");
        Browser admin = Browser.signedIn("admin", "masthead-demo");
        var found = admin.page("/admin/audit?q=" + marker);
        assertEquals(1, found.select("table tbody tr").size());
        assertTrue(found.selectFirst("table tbody tr").text().contains(marker));
    }

    private static Response signInWithToken(String username, String origin, String fetchSite) {
        Response page = given().get("/login");
        String token = Jsoup.parse(page.body().asString()).selectFirst("input[name=csrf-token]").attr("value");
        var spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie(Browser.CSRF_COOKIE, page.cookie(Browser.CSRF_COOKIE))
                .formParam("csrf-token", token).formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD);
        if (origin != null) {
            spec.header("Origin", origin);
        }
        if (fetchSite != null) {
            spec.header("Sec-Fetch-Site", fetchSite);
        }
        return spec.post("/j_security_check");
    }

    private static String sessionCookie(Response response) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Browser.SESSION_COOKIE + "="))
                .findFirst().orElse(null);
    }
}
