package io.masthead.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.AuditLog;
import io.masthead.demo.DemoAccounts;
import io.masthead.support.Browser;
import io.masthead.support.Html;
import io.masthead.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FailedLogins failedLogins;

    @Test
    void loginPageIsAFormPostingToTheSecurityCheck() {
        Document doc = Browser.anonymous().page("/login");
        assertEquals("/j_security_check", doc.selectFirst("main form").attr("action"));
        assertNotNull(doc.selectFirst("input[name=j_username]"));
        assertEquals("password", doc.selectFirst("input[name=j_password]").attr("type"));
    }

    @Test
    void demoAccountsSignInWithAnHttpOnlyStrictCookie() {
        for (String username : new String[] {DemoAccounts.ADMIN, DemoAccounts.EDITOR, DemoAccounts.CONTRIBUTOR}) {
            Response response = Browser.anonymous().login(username, DemoAccounts.PASSWORD);
            assertEquals(302, response.statusCode());
            assertTrue(response.header("Location").endsWith("/admin"), response.header("Location"));
            String cookie = response.headers().getValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(Browser.SESSION_COOKIE + "=")).findFirst().orElseThrow();
            assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
            assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        }
    }

    @Test
    void unknownUserAndWrongPasswordAnswerIdentically() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Response unknown = Browser.anonymous().login("nobody-" + user.username, "whatever-password");
        Response wrong = Browser.anonymous().login(user.username, "wrong-password");
        assertEquals(unknown.statusCode(), wrong.statusCode());
        assertEquals(302, wrong.statusCode());
        assertEquals(unknown.header("Location"), wrong.header("Location"));
        assertTrue(wrong.header("Location").contains("/login?error"));
        assertNull(cookieNamed(wrong, Browser.SESSION_COOKIE));
        assertNull(cookieNamed(unknown, Browser.SESSION_COOKIE));
        assertEquals(unknown.body().asString(), wrong.body().asString());
        failedLogins.flush();
        long failures = QuarkusTransaction.requiringNew().call(() ->
                AuditLog.count("action = 'LOGIN_FAILED' and username = ?1", user.username));
        assertEquals(1, failures);
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        for (int i = 0; i < 5; i++) {
            Browser.anonymous().login(user.username, "wrong-password-" + i);
        }
        Response right = Browser.anonymous().login(user.username, Fixtures.PASSWORD);
        assertTrue(right.header("Location").endsWith("/login?locked"), "the sixth try is refused even with the right password");
    }

    @Test
    void successfulLoginIsAudited() {
        User user = fixtures.user(Role.EDITOR);
        fixtures.signedIn(user);
        long logins = QuarkusTransaction.requiringNew().call(() ->
                AuditLog.count("action = 'LOGIN' and username = ?1", user.username));
        assertEquals(1, logins);
    }

    @Test
    void aDisabledUsersNextRequestIsRefused() {
        User user = fixtures.user(Role.EDITOR);
        Browser browser = fixtures.signedIn(user);
        assertEquals(200, browser.get("/admin").statusCode());
        QuarkusTransaction.requiringNew().run(() -> User.<User>findById(user.id).enabled = false);
        Response next = browser.get("/admin");
        assertEquals(302, next.statusCode());
        assertTrue(next.header("Location").contains("/login"));
    }

    @Test
    void aRoleChangeEndsTheSessionOnTheNextRequest() {
        User user = fixtures.user(Role.ADMIN);
        Browser browser = fixtures.signedIn(user);
        assertEquals(200, browser.get("/admin/users").statusCode());
        QuarkusTransaction.requiringNew().run(() -> User.<User>findById(user.id).role = Role.CONTRIBUTOR);
        Response next = browser.get("/admin/users");
        assertEquals(302, next.statusCode());
        assertTrue(next.header("Location").endsWith("/login"), next.header("Location"));
        // Signed in again, the new role applies.
        assertEquals(403, fixtures.signedIn(user).get("/admin/users").statusCode());
    }

    @Test
    void logoutClearsTheCookie() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(user);
        Response out = browser.post("/logout");
        assertEquals(303, out.statusCode());
        assertFalse(browser.hasCookie(Browser.SESSION_COOKIE));
        assertEquals(302, browser.get("/admin").statusCode());
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(user);
        browser.csrfToken();
        Response response = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("x", "y").post("/logout");
        assertEquals(400, response.statusCode());
    }

    @Test
    void passwordsAreBcryptWithCostTwelve() {
        User user = fixtures.user(Role.CONTRIBUTOR);
        assertTrue(user.passwordHash.startsWith("$2a$12$") || user.passwordHash.startsWith("$2b$12$"), user.passwordHash);
        assertFalse(user.passwordHash.contains(Fixtures.PASSWORD));
    }

    private static String cookieNamed(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElse(null);
    }
}
