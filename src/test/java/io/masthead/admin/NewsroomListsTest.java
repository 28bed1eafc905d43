package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.support.Pictures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every newsroom list is paged and searchable; the media library, suggestions and live preview behave. */
@QuarkusTest
class NewsroomListsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void catalogListsAreSearchableAndPaged() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String stem = Fixtures.unique("pagetag").replace("-", "");
        for (int i = 0; i < NewsroomPages.PAGE + 3; i++) {
            fixtures.tag(stem + "-" + (100 + i));
        }
        Document first = editor.page("/admin/tags?q=" + stem);
        assertEquals(NewsroomPages.PAGE, first.select("tbody tr").size());
        String next = first.selectFirst("a[rel=next]").attr("href");
        Document second = editor.page(next);
        assertEquals(3, second.select("tbody tr").size());
        assertFalse(second.select("a[rel=prev]").isEmpty());
        assertTrue(editor.page("/admin/tags?q=nothing-" + stem).select("tbody tr").isEmpty());
        for (String list : List.of("/admin/sections", "/admin/authors", "/admin/videos")) {
            Document doc = editor.page(list + "?q=a");
            assertFalse(doc.select("form[role=search] input[name=q]").isEmpty(), list);
            assertEquals(400, editor.get(list + "?page=0").statusCode(), list);
        }
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        User someone = fixtures.user(Role.CONTRIBUTOR);
        Document users = admin.page("/admin/users?q=" + someone.username);
        assertEquals(1, users.select("tbody tr").size());
        assertEquals(400, admin.get("/admin/users?page=x").statusCode());
    }

    @Test
    void theMediaLibraryKeepsWordsAndContributorsSeeTheirOwnUploads() {
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Browser contributor = fixtures.signedIn(writer);
        String word = Fixtures.unique("lighthouse").replace("-", "");
        Response uploaded = contributor.form("/admin/media", "form[action=/admin/media][enctype]")
                .set("alt", "The " + word + " at dusk").set("caption", "Seen from the pier").set("credit", "Staff photo")
                .file("image", Pictures.png(320, 200, Color.MAGENTA)).submit();
        assertEquals(303, uploaded.statusCode());
        Document mine = contributor.page("/admin/media?q=" + word);
        assertEquals(1, mine.select(".media-grid__item").size());
        assertTrue(mine.selectFirst(".media-grid__markdown").attr("value").startsWith("![The " + word + " at dusk](/media/"));
        assertTrue(fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).page("/admin/media?q=" + word)
                .select(".media-grid__item").isEmpty(), "another contributor does not see it");
        assertEquals(1, fixtures.signedIn(fixtures.user(Role.EDITOR)).page("/admin/media/picker?q=" + word)
                .select(".media-grid__insert").size(), "editors reuse every image");
        byte[] twice = Pictures.png(300, 180, Color.YELLOW);
        for (int i = 0; i < 2; i++) {
            Response fromPicker = io.restassured.RestAssured.given().redirects().follow(false)
                    .cookies(contributor.cookiesForTests()).header("Accept", "text/plain")
                    .multiPart("csrf-token", contributor.csrfToken()).multiPart("alt", "Same picture " + word)
                    .multiPart("image", "a.png", twice, "image/png").post("/admin/media");
            assertEquals(200, fromPicker.statusCode(), "upload " + (i + 1) + ": " + fromPicker.body().asString());
            assertTrue(fromPicker.body().asString().startsWith("![Same picture " + word + "](/media/"));
        }
        Response noAlt = contributor.form("/admin/media", "form[action=/admin/media][enctype]")
                .file("image", Pictures.png(300, 200, Color.CYAN)).submit();
        assertEquals(400, noAlt.statusCode());
        assertEquals(302, Browser.anonymous().get("/admin/media").statusCode());
    }

    @Test
    void livePreviewUsesTheSavedBodysMarkdownAndSanitizer() {
        Browser contributor = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR));
        Response preview = contributor.post("/admin/articles/preview-markdown",
                Map.of("body", "**Bold** <script>alert(1)</script> [x](javascript:alert(1))"));
        assertEquals(200, preview.statusCode());
        String html = preview.body().asString();
        assertTrue(html.contains("<strong>Bold</strong>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void suggestionsOfferExistingTagsAndAuthors() {
        String stem = Fixtures.unique("suggested").replace("-", "");
        fixtures.tag(stem);
        Browser contributor = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR));
        assertTrue(contributor.get("/admin/suggest/tags?q=" + stem.substring(0, 12)).body().asString().contains(stem));
        assertEquals(403, contributor.get("/admin/suggest/authors?q=a").statusCode(), "bylines are the editors'");
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        fixtures.author(stem + "-guest", true);
        assertTrue(editor.get("/admin/suggest/authors?q=" + stem).body().asString().contains("\tguest"));
    }
}
