package io.masthead.user;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.demo.DemoAccounts;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Newsroom sessions live on the server: they end when they should, for every copy of the cookie. */
@QuarkusTest
class SessionTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aCookieReplayedAfterSignOutOpensNothing() {
        User user = fixtures.user(Role.EDITOR);
        Browser browser = fixtures.signedIn(user);
        String stolen = browser.cookie(Browser.SESSION_COOKIE);
        assertEquals(200, browser.get("/admin").statusCode());
        assertEquals(303, browser.post("/logout").statusCode());
        assertEquals(0, sessionsOf(user), "the session row is gone");
        // The copy an attacker kept, replayed as the issue did: every time, straight to the sign-in page.
        for (int i = 0; i < 3; i++) {
            Response replay = given().redirects().follow(false).cookie(Browser.SESSION_COOKIE, stolen).get("/admin");
            assertEquals(302, replay.statusCode());
            assertTrue(replay.header("Location").endsWith("/login"), replay.header("Location"));
            assertNull(setCookie(replay, Browser.SESSION_COOKIE + "=" + stolen.substring(0, 4)), "never renewed");
        }
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(user);
        setTimes(user, Instant.now().minus(Duration.ofMinutes(40)), Instant.now().minus(Duration.ofMinutes(29)));
        assertEquals(200, browser.get("/admin").statusCode(), "29 minutes idle: still signed in");
        setTimes(user, Instant.now().minus(Duration.ofMinutes(40)), Instant.now().minus(Duration.ofMinutes(31)));
        assertEquals(302, browser.get("/admin").statusCode(), "31 minutes idle: signed out");
    }

    @Test
    void aBusySessionStillEndsTwelveHoursAfterSignIn() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(user);
        setTimes(user, Instant.now().minus(Duration.ofHours(11).plusMinutes(59)), Instant.now());
        assertEquals(200, browser.get("/admin").statusCode());
        setTimes(user, Instant.now().minus(Duration.ofHours(12).plusMinutes(1)), Instant.now());
        assertEquals(302, browser.get("/admin").statusCode());
    }

    @Test
    void disablingEndsTheSessionAndReEnablingDoesNotReviveIt() {
        User user = fixtures.user(Role.EDITOR);
        Browser victim = fixtures.signedIn(user);
        Browser admin = Browser.signedIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertEquals(303, admin.post("/admin/users/" + user.id + "/enabled", Map.of("enabled", "false")).statusCode());
        assertEquals(303, admin.post("/admin/users/" + user.id + "/enabled", Map.of("enabled", "true")).statusCode());
        // The old cookie was never used while the account was disabled; it still must not come back.
        assertEquals(302, victim.get("/admin").statusCode());
        assertEquals(200, fixtures.signedIn(user).get("/admin").statusCode(), "a new sign-in works");
    }

    @Test
    void aRoleChangeThroughTheUsersPageEndsEverySessionOfThatUser() {
        User user = fixtures.user(Role.EDITOR);
        Browser first = fixtures.signedIn(user);
        Browser second = fixtures.signedIn(user);
        Browser admin = Browser.signedIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertEquals(303, admin.post("/admin/users/" + user.id + "/role", Map.of("role", "CONTRIBUTOR")).statusCode());
        assertEquals(302, first.get("/admin").statusCode());
        assertEquals(302, second.get("/admin").statusCode());
        assertEquals(200, admin.get("/admin").statusCode(), "the admin's own session is untouched");
    }

    @Test
    void aNewPasswordEndsTheOldSessions() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(user);
        QuarkusTransaction.requiringNew().run(() -> User.<User>findById(user.id).setPassword("a brand new passphrase"));
        assertEquals(302, browser.get("/admin").statusCode());
        Browser.signedIn(user.username, "a brand new passphrase");
    }

    @Test
    void readingThePublicSiteNeitherRenewsTheSessionNorSendsACookie() {
        User user = fixtures.user(Role.EDITOR);
        Browser browser = fixtures.signedIn(user);
        Instant stale = Instant.now().minus(Duration.ofMinutes(5));
        setTimes(user, Instant.now().minus(Duration.ofMinutes(10)), stale);
        for (String path : new String[] {"/", "/latest/", "/most-popular/", "/rss.xml", "/sitemap.xml", "/robots.txt",
            "/video/", "/no-such-page"}) {
            Response response = browser.get(path);
            assertTrue(response.headers().getValues("Set-Cookie").isEmpty(), path + " set " + response.headers().getValues("Set-Cookie"));
        }
        assertEquals(stale.toEpochMilli() / 1000, lastSeen(user).toEpochMilli() / 1000, "public pages did not touch the session");
        browser.get("/admin");
        assertTrue(lastSeen(user).isAfter(stale.plusSeconds(60)), "a newsroom page did");
    }

    @Test
    void theRedirectToTheSignInPageSetsNoCookieAndAPlantedOneChangesNothing() {
        Response anonymous = given().redirects().follow(false).get("/admin/articles/new");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().getValues("Set-Cookie").isEmpty(), anonymous.headers().getValues("Set-Cookie").toString());
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = Browser.anonymous().withCookie("quarkus-redirect-location", "https://evil.example/phish");
        Response login = browser.login(user.username, Fixtures.PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").endsWith("/admin"), login.header("Location"));
    }

    @Test
    void theSessionCookieIsRandomAndOnlyItsHashIsStored() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(user);
        String token = browser.cookie(Browser.SESSION_COOKIE);
        assertTrue(token.length() >= 40, token);
        String stored = QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>find("user.id", user.id)
                .firstResult().tokenHash);
        assertEquals(Sessions.hash(token), stored);
        assertFalse(stored.contains(token));
        assertNotNull(stored);
    }

    private static long sessionsOf(User user) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.count("user.id", user.id));
    }

    private static void setTimes(User user, Instant created, Instant lastSeen) {
        QuarkusTransaction.requiringNew().run(() -> LoginSession.update("createdAt = ?1, lastSeenAt = ?2 where user.id = ?3",
                created, lastSeen, user.id));
    }

    private static Instant lastSeen(User user) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>find("user.id", user.id)
                .firstResult().lastSeenAt);
    }

    private static String setCookie(Response response, String prefix) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(prefix)).findFirst().orElse(null);
    }
}
