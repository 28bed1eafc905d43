package io.masthead.ops;

import static io.masthead.support.RunningInstances.DEMO_PASSWORD;
import static io.masthead.support.RunningInstances.EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Browser;
import io.masthead.support.RunningInstances;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions across two running instances on one database (.ci/multi-instance, check d): a login
 * made on one is accepted by the other, signing out on one ends it on both, and a login the
 * trusted proxy says came over TLS gets a Secure cookie.
 */
class SessionsAcrossInstancesIT {

    static String a;
    static String b;

    @BeforeAll
    static void instances() {
        List<String> origins = RunningInstances.origins(2);
        a = origins.get(0);
        b = origins.get(1);
    }

    @Test
    void aLoginMadeOnOneInstanceIsAcceptedByTheOther() {
        Browser onA = Browser.at(a);
        Response login = onA.login(EDITOR, DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), "login on A");
        assertEquals("/admin", login.header("Location"), "the login sends the editor to a path of the site, naming no host");
        assertTrue(onA.hasCookie(Browser.SESSION_COOKIE), "A set no session cookie");
        if (RunningInstances.hasDatabase()) {
            assertTrue(RunningInstances.number("select count(*) from login_session") >= 1, "the session is a row in the shared database");
        }
        Response dashboard = onA.on(b).get("/admin");
        assertEquals(200, dashboard.statusCode(), "B accepts A's login cookie");
        assertFalse(Jsoup.parse(dashboard.asString()).select("form[action=/logout]").isEmpty(), "B shows the dashboard, signed in");
        assertEquals(302, Browser.at(b).get("/admin").statusCode(), "without the cookie B sends to the sign-in page");
        byte[] forged = new byte[36];
        new SecureRandom().nextBytes(forged);
        assertEquals(302, Browser.at(b).withCookie(Browser.SESSION_COOKIE, Base64.getUrlEncoder().encodeToString(forged))
                .get("/admin").statusCode(), "a forged cookie is refused by B");
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnBoth() {
        Browser kept = Browser.signedIn(a, EDITOR, DEMO_PASSWORD);
        Browser leaving = Browser.signedIn(a, EDITOR, DEMO_PASSWORD);
        String copied = leaving.cookie(Browser.SESSION_COOKIE);
        assertEquals(200, leaving.on(b).get("/admin").statusCode(), "a second session opens /admin on B");
        assertEquals(303, leaving.post("/logout").statusCode(), "signing out on A");
        assertEquals(302, Browser.at(b).withCookie(Browser.SESSION_COOKIE, copied).get("/admin").statusCode(),
                "the old cookie replayed on B is sent to the sign-in page");
        assertEquals(302, Browser.at(a).withCookie(Browser.SESSION_COOKIE, copied).get("/admin").statusCode(), "and on A");
        assertEquals(200, kept.on(b).get("/admin").statusCode(), "the first session is untouched");
    }

    @Test
    void aLoginTheTrustedProxySaysCameOverTlsGetsASecureCookie() {
        Response overTls = Browser.at(a).withHeader("X-Forwarded-Proto", "https").login(EDITOR, DEMO_PASSWORD);
        assertTrue(overTls.detailedCookie(Browser.SESSION_COOKIE).isSecured(), "with X-Forwarded-Proto: https");
        Response overHttp = Browser.at(a).login(EDITOR, DEMO_PASSWORD);
        assertFalse(overHttp.detailedCookie(Browser.SESSION_COOKIE).isSecured(), "over plain HTTP");
    }
}
