package io.masthead.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class BadInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"/latest/?cursor=garbage", "/latest/?cursor=1-2-3", "/latest/?cursor=99999999999999999-1",
        "/latest/?cursor=%00%FF", "/latest/?size=0", "/latest/?size=51", "/latest/?size=abc", "/latest/?size=-1",
        "/latest/?size=99999999999999999999", "/politics/?cursor=';drop%20table%20article;--",
        "/video/?cursor=x", "/latest/?cursor=1764400000123456-999999999999999999999"})
    void malformedCursorsAndPageSizesAre400PagesInTheLayout(String path) {
        Document doc = Html.get(path, 400);
        assertFalse(doc.select("header.site-header").isEmpty());
        assertEquals("That request did not make sense to us", doc.select("h1").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tag/no-such-tag/", "/author/nobody-at-all/", "/video/no-channel/", "/video/999999999-x",
        "/politics/99999999999999999999999-overlong-id", "/politics/0-zero", "/tag/%C3%A9t%C3%A9/",
        "/tag/%F0%9F%93%B0/", "/author/%3Cscript%3Ealert(1)%3C%2Fscript%3E/", "/a/b/c/d/e/",
        "/no-such-section/", "/politics/123456789012345678-x", "/media/abc.jpg", "/media/..%2F..%2Fetc%2Fpasswd",
        "/video/999999999/captions.vtt"})
    void unknownThingsAre404PagesInTheLayout(String path) {
        Document doc = Html.get(path, 404);
        assertFalse(doc.select("footer.site-footer").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tag/" + "x", "/author/" + "y"})
    void overlongSlugsAre404(String prefix) {
        Html.get(prefix + "a".repeat(3000) + "/", 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%zz", "/tag/%", "/politics/%E0%A4%A", "/latest/?cursor=%zz", "/tag/%00/",
        "/../../etc/passwd", "/media/../../../etc/passwd"})
    void brokenPercentEncodingAndTraversalAreClientErrors(String path) throws Exception {
        RawHttp.Answer answer = RawHttp.get(path);
        assertTrue(answer.status() >= 400 && answer.status() < 500 || answer.status() == 301,
                path + " -> " + answer.status());
        assertFalse(answer.text().contains("Exception"));
        assertFalse(answer.text().contains("root:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/latest/"})
    void wrongMethodsAreClientErrors(String path) {
        Response response = given().redirects().follow(false).delete(path);
        assertTrue(response.statusCode() == 405 || response.statusCode() == 404, path + " -> " + response.statusCode());
        assertFalse(response.body().asString().contains("Exception"));
    }
}
