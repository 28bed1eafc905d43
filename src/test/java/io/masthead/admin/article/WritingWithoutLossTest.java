package io.masthead.admin.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.support.Pictures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Autosave, save-first action buttons, uploads kept across a failed attempt, focus and addresses after one. */
@QuarkusTest
class WritingWithoutLossTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anAutosaveIsOfferedBackAndNeverOverwritesANewerSave() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        String edit = "/admin/articles/" + article.id;
        Browser contributor = fixtures.signedIn(writer);
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Browser.Form typing = contributor.form(edit, "form#article-form");

        // The editor saves first; the contributor's autosave then arrives, typed over the older version.
        assertEquals(303, editor.form(edit, "form#article-form").set("body", "The editor's newer text.").submit().statusCode());
        Response autosaved = contributor.post(edit + "/autosave", Map.of("headline", article.headline,
                "body", "My unsaved paragraph.", "version", typing.get("version")));
        assertEquals(200, autosaved.statusCode());
        assertEquals("behind", autosaved.body().asString());
        assertEquals("The editor's newer text.", fixtures.reloadArticle(article.id).bodyMarkdown, "the article is untouched");

        // On return it is offered, with the warning; restoring it keeps the old version, so a save is a 409 that shows both.
        Document back = contributor.page(edit);
        assertNotNull(back.selectFirst("#autosave-offer"));
        assertTrue(back.selectFirst("#autosave-offer").text().contains("Someone has saved this piece since"));
        Browser.Form restored = contributor.form(edit + "?autosave=restore", "form#article-form");
        assertEquals("My unsaved paragraph.", restored.get("body"));
        Response conflict = restored.submit();
        assertEquals(409, conflict.statusCode());
        assertEquals("The editor's newer text.", fixtures.reloadArticle(article.id).bodyMarkdown);

        // Discarding removes the offer; anonymous and other writers cannot autosave into the piece.
        assertEquals(303, contributor.post(edit + "/autosave/discard").statusCode());
        assertNull(contributor.page(edit).selectFirst("#autosave-offer"));
        assertEquals(404, fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).post(edit + "/autosave",
                Map.of("body", "intruder")).statusCode());
        assertEquals(302, Browser.anonymous().post(edit + "/autosave", Map.of("body", "x")).statusCode());
    }

    @Test
    void aNewPiecesAutosaveComesBackOnTheNewArticleForm() {
        Browser contributor = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR));
        assertEquals("kept", contributor.post("/admin/articles/new/autosave",
                Map.of("headline", "Half-written", "body", "Words I must not lose.")).body().asString());
        Document offer = contributor.page("/admin/articles/new");
        assertNotNull(offer.selectFirst("#autosave-offer"));
        Browser.Form restored = contributor.form("/admin/articles/new?autosave=restore", "form#article-form");
        assertEquals("Words I must not lose.", restored.get("body"));
        assertEquals("OPINION", restored.get("kind"), "contributors write opinion by default");
        Section section = fixtures.section();
        assertEquals(303, restored.set("section", String.valueOf(section.id)).submit().statusCode());
        assertNull(contributor.page("/admin/articles/new").selectFirst("#autosave-offer"), "saving ends the offer");
    }

    @Test
    void submitSavesWhatIsOnScreenFirstOrRefusesWithTheTextKept() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        String edit = "/admin/articles/" + article.id;
        Browser contributor = fixtures.signedIn(writer);

        Response refused = contributor.button(edit, "button[formaction$=/submit]").set("headline", "")
                .set("body", "Typed but never saved.").submit();
        assertEquals(400, refused.statusCode());
        Document doc = Jsoup.parse(refused.body().asString());
        assertEquals("Typed but never saved.", doc.selectFirst("textarea#body").wholeText().strip());
        assertNotNull(doc.selectFirst("#problems[autofocus]"), "focus moves to the problems");
        assertNotNull(doc.selectFirst("#problems a[href=#headline]"));
        assertEquals(ArticleStatus.DRAFT, fixtures.reloadArticle(article.id).status, "nothing moved");
        assertEquals(303, contributor.get(edit + "/submit").statusCode(), "reloading the address goes back to the form");

        Response submitted = contributor.button(edit, "button[formaction$=/submit]").set("body", "The final text.").submit();
        assertEquals(303, submitted.statusCode());
        Article after = fixtures.reloadArticle(article.id);
        assertEquals(ArticleStatus.IN_REVIEW, after.status);
        assertEquals("The final text.", after.bodyMarkdown, "submitted what was on screen");
    }

    @Test
    void anUploadIsKeptAcrossAFailedAttemptAndOnlyForItsUploader() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Browser contributor = fixtures.signedIn(writer);
        Response failed = contributor.form("/admin/articles/new", "form#article-form").set("headline", "")
                .set("section", String.valueOf(section.id)).set("leadAlt", "A quay").file("leadImage",
                        Pictures.png(640, 360, Color.ORANGE)).submit();
        assertEquals(400, failed.statusCode());
        Document doc = Jsoup.parse(failed.body().asString());
        String kept = doc.selectFirst("input[name=keptImage]").attr("value");
        assertFalse(kept.isBlank());
        assertNotNull(doc.selectFirst("fieldset img[src^=/media/]"), "the upload is shown");
        assertEquals("/admin/articles/new", doc.selectFirst("form#article-form").attr("action"));

        // Another contributor cannot borrow it by its id.
        Browser other = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR));
        Response borrowed = other.form("/admin/articles/new", "form#article-form").set("headline", "Borrowed")
                .set("section", String.valueOf(section.id)).set("keptImage", kept).submit();
        assertEquals(303, borrowed.statusCode());
        assertNull(fixtures.reloadArticle(id(borrowed)).leadImage);

        Response saved = contributor.form("/admin/articles/new", "form#article-form").set("headline", "With its picture")
                .set("section", String.valueOf(section.id)).set("keptImage", kept).submit();
        assertEquals(303, saved.statusCode());
        assertEquals(Long.valueOf(kept), fixtures.reloadArticle(id(saved)).leadImage.id);
    }

    private static long id(Response created) {
        return Long.parseLong(created.header("Location").replaceAll(".*/", ""));
    }

    static long revisions(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleRevision.count("article.id", articleId));
    }
}
