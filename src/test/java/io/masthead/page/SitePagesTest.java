package io.masthead.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Static pages: their own addresses, linked from every footer, edited by editors, never hiding a section or article. */
@QuarkusTest
class SitePagesTest {

    @Inject
    Fixtures fixtures;

    private static java.util.Optional<SitePage> stored(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> SitePage.findBySlug(slug));
    }

    @Test
    void theDemoPagesHaveTheirOwnAddressesAndEveryFooterLinksThem() {
        Document about = Html.get("/info/about/");
        assertEquals("About Masthead", about.selectFirst("main h1").text());
        assertFalse(about.select(".static-page__body h2").isEmpty(), "Markdown rendered");
        assertTrue(about.selectFirst("link[rel=canonical]").attr("href").endsWith("/info/about/"));
        for (String path : new String[] {"/", "/politics/", "/info/privacy/"}) {
            Document doc = Html.get(path);
            for (String page : new String[] {"/info/about/", "/info/contact/", "/info/corrections-policy/", "/info/privacy/"}) {
                assertEquals(1, doc.select("footer.site-footer a[href=" + page + "]").size(), path + " links " + page);
            }
        }
    }

    @Test
    void unknownPagesAre404AndAddressesWithoutTheSlashRedirect() {
        Html.get("/info/no-such-page/", 404);
        Html.get("/info/About/", 404);
        Response redirect = RestAssured.given().redirects().follow(false).get("/info/about");
        assertEquals(301, redirect.statusCode());
        assertTrue(redirect.header("Location").endsWith("/info/about/"));
        assertNull(RestAssured.get("/info/about/").header("Set-Cookie"));
    }

    @Test
    void aSectionOrArticleAtAPagesAddressIsNeverHidden() {
        Section info = QuarkusTransaction.requiringNew().call(() ->
                Section.<Section>find("path", SitePage.PREFIX).firstResultOptional())
                .orElseGet(() -> fixtures.section(SitePage.PREFIX, null));
        Section clash = fixtures.section(Fixtures.unique("clash"), info);
        QuarkusTransaction.requiringNew().run(() -> {
            SitePage page = new SitePage();
            page.slug = clash.slug;
            page.title = "A page that would hide a section";
            page.bodyMarkdown = "Hidden";
            page.bodyHtml = "<p>Hidden</p>";
            page.updatedAt = Instant.now();
            page.persist();
        });
        Article inInfo = fixtures.article("Story in the info section", info, null, null, ArticleStatus.PUBLISHED, Instant.now());

        Document front = Html.get(clash.url());
        assertEquals(clash.name, front.selectFirst("main h1").text(), "the section front wins");
        assertEquals("Story in the info section", Html.get(inInfo.url()).selectFirst("h1.article__headline").text());
        assertEquals(info.name, Html.get(info.url()).selectFirst("main h1").text());
    }

    @Test
    void anEditorCreatesEditsAndDeletesAPage() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String slug = Fixtures.unique("masthead-page");
        Response created = editor.form("/admin/pages/new", "form.form").set("title", "How we report")
                .set("slug", slug).set("body", "We **check** everything.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))")
                .submit();
        assertEquals(303, created.statusCode());
        SitePage page = stored(slug).orElseThrow();
        assertFalse(page.bodyHtml.contains("<script"), page.bodyHtml);
        assertFalse(page.bodyHtml.contains("javascript:"), page.bodyHtml);
        Document shown = Html.get("/info/" + slug + "/");
        assertEquals("check", shown.selectFirst(".static-page__body strong").text());
        assertTrue(shown.select(".static-page__body script").isEmpty());

        assertEquals(303, editor.form("/admin/pages/" + page.id, "form.form").set("title", "How we report, revised")
                .submit().statusCode());
        assertEquals("How we report, revised", Html.get("/info/" + slug + "/").selectFirst("main h1").text());
        assertTrue(editor.page("/admin/pages").select("a[href=/info/" + slug + "/]").size() == 1);

        assertEquals(303, editor.form("/admin/pages/" + page.id, "form[action$=/delete]").submit().statusCode());
        Html.get("/info/" + slug + "/", 404);
    }

    @Test
    void aStaleSaveIsRefusedAndTheTextIsKept() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String slug = Fixtures.unique("stale-page");
        editor.form("/admin/pages/new", "form.form").set("title", "Stale").set("slug", slug).set("body", "First").submit();
        long id = stored(slug).orElseThrow().id;
        Browser.Form first = editor.form("/admin/pages/" + id, "form.form");
        Browser.Form second = editor.form("/admin/pages/" + id, "form.form");
        assertEquals(303, first.set("body", "Saved first").submit().statusCode());

        Response stale = second.set("body", "Typed second").submit();

        assertEquals(409, stale.statusCode());
        assertEquals("Typed second", Jsoup.parse(stale.body().asString()).selectFirst("textarea[name=body]").text());
        assertEquals("Saved first", stored(slug).orElseThrow().bodyMarkdown);
    }

    @Test
    void problemsAreShownBesideTheFieldsAndNothingIsSaved() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response invalid = editor.form("/admin/pages/new", "form.form").set("title", "").set("slug", "Not A Slug!")
                .set("body", "").submit();
        assertEquals(400, invalid.statusCode());
        Document doc = Jsoup.parse(invalid.body().asString());
        assertFalse(doc.select("#f-title-error").isEmpty());
        assertFalse(doc.select("#f-slug-error").isEmpty());
        assertFalse(doc.select("#f-body-error").isEmpty());
        assertEquals("Not A Slug!", doc.selectFirst("input[name=slug]").attr("value"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> SitePage.count("title", "")));
    }

    @Test
    void theNewsroomPagesAreWellFormedAndNeverCached() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        long id = stored("about").orElseThrow().id;
        for (String path : new String[] {"/admin/pages", "/admin/pages/new", "/admin/pages/" + id}) {
            Response response = editor.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("no-store", response.header("Cache-Control"), path);
            Document doc = Jsoup.parse(response.body().asString());
            assertEquals(1, doc.select("h1").size(), path);
            for (org.jsoup.nodes.Element form : doc.select("form[method=post]")) {
                assertFalse(form.select("input[type=hidden][name=" + Browser.CSRF_FIELD + "]").attr("value").isBlank(), path);
            }
            for (org.jsoup.nodes.Element input : doc.select("main input:not([type=hidden]), main textarea")) {
                assertEquals(1, doc.select("label[for=" + input.id() + "]").size(), path + ": " + input.attr("name"));
            }
        }
    }

    @Test
    void onlyEditorsAndAdminsManagePages() {
        assertEquals(403, fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).get("/admin/pages").statusCode());
        assertEquals(200, fixtures.signedIn(fixtures.user(Role.ADMIN)).get("/admin/pages").statusCode());
        Response anonymous = RestAssured.given().redirects().follow(false).get("/admin/pages");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "login redirect: " + anonymous.statusCode());
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        assertEquals(1, editor.page("/admin").select("nav a[href=/admin/pages]").size(), "the newsroom's menu leads there");
        assertTrue(fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).page("/admin").select("nav a[href=/admin/pages]").isEmpty(),
                "not for contributors, who may not open it");
        assertEquals(404, editor.get("/admin/pages/999999999").statusCode());
        assertEquals(400, editor.postWithoutToken("/admin/pages").statusCode(), "no CSRF token");
    }
}
