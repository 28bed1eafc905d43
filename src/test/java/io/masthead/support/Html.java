package io.masthead.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches pages the way a browser would and checks what every page must hold. */
public final class Html {

    private Html() {
    }

    public static Document get(String path) {
        return get(path, 200);
    }

    public static Document get(String path, int status) {
        Response response = given().redirects().follow(false).urlEncodingEnabled(false).when().get(path);
        assertEquals(status, response.statusCode(), () -> "GET " + path + " answered " + response.statusCode());
        String body = response.body().asString();
        Document doc = Jsoup.parse(body);
        if (response.contentType().startsWith("text/html")) {
            assertWellFormedPage(path, response, doc, body);
        }
        return doc;
    }

    static void assertWellFormedPage(String path, Response response, Document doc, String body) {
        assertTrue(response.header("Content-Security-Policy").contains("default-src 'self'"), path + " has no CSP");
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        assertEquals(null, response.header("Set-Cookie"), path + " sets a cookie");
        assertFalse(body.matches("(?s).*\\{[a-zA-Z#/!][^}\\s]*}.*"), path + " has a leftover {expression}");
        // JSON-LD is data the browser never runs, so the CSP allows it; anything else inline is a script.
        assertTrue(doc.select("script:not([src]):not([type=application/ld+json])").isEmpty(), path + " has an inline script");
        assertTrue(doc.select("[style]").isEmpty(), path + " has an inline style");
        assertEquals(1, doc.select("main#main").size(), path + " has no main landmark");
        assertEquals(1, doc.select("h1").size(), path + " should have exactly one h1");
        assertFalse(body.contains("Exception"), path + " shows an exception");
    }
}
