package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Hostile text in every field never becomes executable markup on the reader page or in preview. */
@QuarkusTest
class InjectionTest {

    static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "'><svg onload=alert(3)>",
            "javascript:alert(4)",
            "<a href=\"javascript:alert(5)\">x</a>",
            "</textarea><script>alert(6)</script>",
            "{article.headline}<iframe src=//evil.example>",
            "[click](javascript:alert(7))");

    @Inject
    Fixtures fixtures;

    @Test
    void everyTextFieldIsInertOnTheReaderPageAndInPreview() throws Exception {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        int n = 0;
        for (String vector : VECTORS) {
            n++;
            // A guest author whose name and bio carry the vector, created through the authors form.
            String authorSlug = "guest-" + n + "-" + System.nanoTime();
            assertEquals(303, editor.form("/admin/authors/new", "form.form").set("name", vector + " Name")
                    .set("slug", authorSlug).set("bio", vector).set("title", vector).submit().statusCode());
            Response created = editor.form("/admin/articles/new", "form.form")
                    .set("headline", vector + " headline").set("dek", vector).set("body", vector + "\n\n" + vector)
                    .set("section", String.valueOf(section.id)).set("authors", authorSlug)
                    .set("authorNote", vector).set("tags", vector.replace(",", " ") + " tag")
                    .set("leadAlt", vector).set("leadCaption", vector).set("leadCredit", vector)
                    .file("leadImage", ArticleLifecycleTest.png(400, 300))
                    .submit();
            assertEquals(303, created.statusCode(), () -> vector + ": " + created.statusCode());
            String edit = created.header("Location").replaceAll("^https?://[^/]+", "");
            long id = Long.parseLong(edit.replaceAll("\\D+", ""));

            assertInert(vector, editor.get(edit + "/preview").body().asString());
            assertInert(vector, editor.get(edit).body().asString());
            assertEquals(303, ArticleLifecycleTest.submitButton(editor, edit, "/publish").statusCode());
            try {
                Article article = fixtures.reloadArticle(id);
                Response page = io.restassured.RestAssured.given().redirects().follow(false).get(article.url());
                assertEquals(200, page.statusCode());
                assertInert(vector, page.body().asString());
                assertInert(vector, io.restassured.RestAssured.get("/").body().asString());
            } finally {
                // Other tests read the shared home page and check it for leftover {expressions}.
                assertEquals(303, ArticleLifecycleTest.submitButton(editor, edit, "/unpublish").statusCode());
            }
        }
    }

    static void assertInert(String vector, String html) {
        Document doc = Jsoup.parse(html);
        for (Element el : doc.getAllElements()) {
            String tag = el.tagName();
            assertTrue(!tag.equals("iframe") && !tag.equals("svg") && !tag.equals("object") && !tag.equals("embed"),
                    vector + " produced <" + tag + ">");
            if (tag.equals("script")) {
                assertTrue(el.hasAttr("src") && el.attr("src").startsWith("/assets/") || el.attr("type").equals("application/ld+json"),
                        vector + " produced a script: " + el.outerHtml());
                if (el.attr("type").equals("application/ld+json")) {
                    assertTrue(!el.data().toLowerCase().contains("</script"), vector + " broke out of JSON-LD");
                }
            }
            if (tag.equals("img")) {
                String src = el.attr("src");
                assertTrue(src.startsWith("/media/") || src.startsWith("/assets/") || src.startsWith("https://"),
                        vector + " produced an image from " + src);
            }
            for (Attribute attr : el.attributes()) {
                assertTrue(!attr.getKey().toLowerCase().startsWith("on"), vector + " produced " + attr.getKey() + " on <" + tag + ">");
                if (attr.getKey().equals("href") || attr.getKey().equals("src") || attr.getKey().equals("action")) {
                    assertTrue(!attr.getValue().strip().toLowerCase().startsWith("javascript:"),
                            vector + " produced a javascript: URL on <" + tag + ">");
                }
            }
        }
    }
}
