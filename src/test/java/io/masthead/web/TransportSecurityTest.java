package io.masthead.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.AuditLog;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.tag.Tag;
import io.masthead.user.FailedLogins;
import io.masthead.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TLS through a trusted proxy, forwarded headers from a peer that is not one, forged Host headers,
 * and cookies on public pages.
 */
@QuarkusTest
class TransportSecurityTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FailedLogins failedLogins;

    @Test
    void overTlsFromTheTrustedProxyHstsIsSentAndEveryCookieIsSecure() {
        Response page = given().header("X-Forwarded-Proto", "https").get("/login");
        assertEquals("max-age=31536000", page.header("Strict-Transport-Security"));
        assertTrue(page.headers().getValues("Set-Cookie").stream().allMatch(c -> c.contains("; Secure")),
                page.headers().getValues("Set-Cookie").toString());
        var user = fixtures.user(Role.CONTRIBUTOR);
        Response login = Browser.anonymous().withHeader("X-Forwarded-Proto", "https").login(user.username, Fixtures.PASSWORD);
        List<String> cookies = login.headers().getValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        assertTrue(cookies.stream().allMatch(c -> c.contains("; Secure") && c.contains("HttpOnly") && c.contains("SameSite=Strict")),
                cookies.toString());
        assertEquals("max-age=31536000", given().header("X-Forwarded-Proto", "https").get("/").header("Strict-Transport-Security"));
    }

    @Test
    void overPlainHttpThereIsNoHstsAndNoSecureFlag() {
        Response page = given().get("/login");
        assertEquals(null, page.header("Strict-Transport-Security"));
        assertTrue(page.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")));
    }

    @Test
    void forwardedHeadersFromAPeerThatIsNotATrustedProxyAreIgnored() throws Exception {
        RawHttp.Answer answer = RawHttp.send("127.0.0.2", "GET /login HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.50\r\nConnection: close\r\n\r\n");
        assertEquals(200, answer.status());
        assertFalse(answer.text().toLowerCase().contains("strict-transport-security"), answer.text().substring(0, 400));
        // The throttle and the audit log see the peer itself, not what it claimed.
        String user = Fixtures.unique("peer");
        String body = "csrf-token=AAAAAAAAAAAAAAAAAAAAAA&j_username=" + user + "&j_password=wrong-password";
        RawHttp.Answer login = RawHttp.send("127.0.0.2", "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-For: 203.0.113.50\r\nCookie: masthead-csrf=AAAAAAAAAAAAAAAAAAAAAA\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(302, login.status());
        failedLogins.flush();
        String target = QuarkusTransaction.requiringNew().call(() -> AuditLog.<AuditLog>find(
                "action = 'LOGIN_FAILED' and username = ?1", user).firstResult().target);
        assertEquals("client 127.0.0.2", target);
    }

    @Test
    void aForgedHostHeaderNeverReachesARedirect() {
        Section section = fixtures.section(Fixtures.unique("hosted"), null);
        Response slash = given().redirects().follow(false).header("Host", "evil.example").get("/" + section.slug);
        assertEquals(301, slash.statusCode());
        assertEquals("/" + section.slug + "/", slash.header("Location"));
        Response challenge = given().redirects().follow(false).header("Host", "evil.example").get("/admin");
        assertEquals("/login", challenge.header("Location"));
        var user = fixtures.user(Role.CONTRIBUTOR);
        Response login = Browser.anonymous().withHeader("Host", "evil.example").login(user.username, Fixtures.PASSWORD);
        assertEquals("/admin", login.header("Location"));
        Browser browser = fixtures.signedIn(user).withHeader("Host", "evil.example");
        Response out = browser.post("/logout");
        assertEquals("/login?out", out.header("Location"));
    }

    @Test
    void noPublicPageTypeSendsASignedInUserACookie() {
        Browser editor = Browser.signedIn("editor", "masthead-demo");
        Section section = fixtures.section(Fixtures.unique("cookieless"), null);
        Author author = fixtures.author(Fixtures.unique("cookieless-writer"), false);
        Tag tag = fixtures.tag(Fixtures.unique("cookieless-tag"));
        Article article = fixtures.article("Cookieless story", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        String video = given().get("/video/").body().asString().replaceAll("(?s).*?href=\"(/video/\\d+-[^\"]+)\".*", "$1");
        for (String path : List.of("/", "/latest/", article.url(), section.url(), tag.url(), author.url(), "/most-popular/",
                "/video/", video, "/rss.xml", tag.url() + "rss.xml", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt",
                "/latest/?size=3", "/nothing-here/")) {
            for (int i = 0; i < 2; i++) {
                Response response = editor.get(path);
                assertTrue(response.headers().getValues("Set-Cookie").isEmpty(), path + ": " + response.headers().getValues("Set-Cookie"));
            }
        }
    }
}
