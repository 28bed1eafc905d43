package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every newsroom page: well-formed, never cached, strict-CSP friendly, every POST form carrying a CSRF token. */
@QuarkusTest
class AdminPagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void everyNewsroomPageIsWellFormed() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.PUBLISHED);
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        assertEquals(303, admin.form("/admin/articles/" + article.id, "form.form").set("dek", "Edited").submit().statusCode());
        String revision = admin.page("/admin/articles/" + article.id)
                .selectFirst("section[aria-labelledby=revisions-title] a").attr("href");
        List<String> pages = List.of("/admin", "/admin/articles/new", "/admin/articles/" + article.id, revision,
                "/admin/tags", "/admin/tags/new", "/admin/sections", "/admin/sections/new", "/admin/sections/" + section.id,
                "/admin/authors", "/admin/authors/new", "/admin/videos", "/admin/videos/new", "/admin/users",
                "/admin/users/new", "/admin/settings", "/admin/audit", "/admin/backups");
        for (String path : pages) {
            Response response = admin.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("no-store", response.header("Cache-Control"), path);
            assertTrue(response.header("Content-Security-Policy").contains("default-src 'self'"), path);
            String body = response.body().asString();
            Document doc = Jsoup.parse(body);
            assertFalse(body.matches("(?s).*\\{[a-zA-Z#/!][^}\\s]*}.*"), path + " has a leftover {expression}");
            assertTrue(doc.select("script:not([src])").isEmpty(), path + " has an inline script");
            assertTrue(doc.select("[style], style").isEmpty(), path + " has inline style");
            assertEquals(1, doc.select("h1").size(), path);
            assertEquals(1, doc.select("main#main").size(), path);
            for (Element form : doc.select("form[method=post]")) {
                assertFalse(form.select("input[type=hidden][name=csrf-token]").attr("value").isBlank(),
                        path + " has a form without a CSRF token: " + form.attr("action"));
            }
            for (Element input : doc.select("input:not([type=hidden]):not([type=checkbox]), textarea, select")) {
                String id = input.id();
                assertTrue(!id.isEmpty() && !doc.select("label[for=" + id + "]").isEmpty()
                        || input.parent().tagName().equals("label"), path + ": a field without a label: " + input.attr("name"));
            }
        }
        Response preview = admin.get("/admin/articles/" + article.id + "/preview");
        assertEquals(200, preview.statusCode());
        assertEquals("no-store", preview.header("Cache-Control"));
        assertEquals(article.headline, Jsoup.parse(preview.body().asString()).select("article h1").text());
    }

    @Test
    void aContributorsFormOffersOnlyWhatTheyMayDo() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        Document doc = fixtures.signedIn(writer).page("/admin/articles/" + article.id);
        assertFalse(doc.select("form#article-form button[formaction$=/submit]").isEmpty(), "submitting saves the form first");
        assertTrue(doc.select("[action$=/publish], [action$=/schedule], [action$=/unpublish], [formaction$=/publish], "
                + "[formaction$=/schedule]").isEmpty());
        assertTrue(doc.select("input[name=authors], input[name=slug]").isEmpty(), "bylines and slugs are the editors'");
        Document nav = fixtures.signedIn(writer).page("/admin");
        assertTrue(nav.select("a[href=/admin/users], a[href=/admin/tags]").isEmpty());
    }

    @Test
    void siteSettingsChangeTheReaderSite() {
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        String name = admin.form("/admin/settings", "form.form").get("siteName");
        try {
            assertEquals(303, admin.form("/admin/settings", "form.form").set("siteName", "The Harbor Ledger").submit().statusCode());
            assertEquals("The Harbor Ledger", io.masthead.support.Html.get("/").select(".site-name").text());
            Response invalid = admin.form("/admin/settings", "form.form").set("siteName", "").submit();
            assertEquals(400, invalid.statusCode());
            assertFalse(Jsoup.parse(invalid.body().asString()).select("#f-siteName-error").text().isBlank());
        } finally {
            admin.form("/admin/settings", "form.form").set("siteName", name).submit();
        }
    }

    @Test
    void editorsCreateGuestAuthorsTagsSectionsAndVideos() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String slug = io.masthead.support.Fixtures.unique("guest");
        assertEquals(303, editor.form("/admin/authors/new", "form.form").set("name", "Guest Writer").set("slug", slug)
                .set("bio", "A guest.").set("contributor", "true").submit().statusCode());
        io.masthead.support.Html.get("/author/" + slug + "/");
        String tag = io.masthead.support.Fixtures.unique("tag");
        assertEquals(303, editor.form("/admin/tags/new", "form.form").set("name", "A tag " + tag).set("slug", tag).submit().statusCode());
        Response bad = editor.form("/admin/tags/new", "form.form").set("name", "").set("slug", "Not A Slug").submit();
        assertEquals(400, bad.statusCode());
        Document doc = Jsoup.parse(bad.body().asString());
        assertFalse(doc.select("#f-name-error").text().isBlank());
        assertEquals("Not A Slug", doc.selectFirst("input#f-slug").attr("value"));
        String section = io.masthead.support.Fixtures.unique("sec");
        assertEquals(303, editor.form("/admin/sections/new", "form.form").set("name", "Sec " + section).set("slug", section)
                .submit().statusCode());
        io.masthead.support.Html.get("/" + section + "/");
        Response video = editor.form("/admin/videos/new", "form.form").set("title", "A clip").set("duration", "65")
                .set("source", "javascript:alert(1)").submit();
        assertEquals(400, video.statusCode());
        assertEquals(303, editor.form("/admin/videos/new", "form.form").set("title", "A clip").set("duration", "65")
                .set("source", "/assets/video/demo-clip.webm").submit().statusCode());
    }

    @Test
    void adminsCreateUsersWhoCanThenSignIn() {
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        String username = io.masthead.support.Fixtures.unique("newbie");
        Response weak = admin.form("/admin/users/new", "form.form").set("username", username).set("displayName", "Newbie")
                .set("password", "short").submit();
        assertEquals(400, weak.statusCode());
        assertTrue(Jsoup.parse(weak.body().asString()).selectFirst("input#f-password").attr("value").isEmpty(),
                "a password is never echoed");
        assertEquals(303, admin.form("/admin/users/new", "form.form").set("username", username).set("displayName", "Newbie")
                .set("password", "a long enough password").set("role", "EDITOR").submit().statusCode());
        assertEquals(200, Browser.signedIn(username, "a long enough password").get("/admin/tags").statusCode());
    }
}
