package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.admin.article.ArticleRevision;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Html;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Write, submit, request changes, resubmit, schedule, publish, correct and unpublish — all through the real forms. */
@QuarkusTest
class ArticleLifecycleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    io.masthead.admin.article.ArticleActions workflow;

    @Test
    void theWholeLifecycleThroughTheForms() throws Exception {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Browser contributor = fixtures.signedIn(writer);
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));

        // Write: the contributor fills in the new-article form, lead image included.
        Response created = contributor.form("/admin/articles/new", "form.form")
                .set("headline", "Harbor board approves the flood wall")
                .set("dek", "A vote after two years of hearings.")
                .set("body", "The board voted **7 to 2**.\n\n## What comes next\n\nConstruction starts in spring.")
                .set("kind", "NEWS")
                .set("section", String.valueOf(section.id))
                .set("tags", "Flood wall, Harbor board")
                .set("leadAlt", "The harbor at dusk")
                .set("leadCaption", "The harbor where the wall will stand.")
                .set("leadCredit", "Staff photo")
                .file("leadImage", png(800, 450))
                .submit();
        assertEquals(303, created.statusCode(), () -> created.body().asString());
        String location = created.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/admin/articles/(\\d+).*", "$1"));
        String edit = "/admin/articles/" + id;
        Article draft = fixtures.reloadArticle(id);
        assertEquals(ArticleStatus.DRAFT, draft.status);
        assertEquals(writer.id, draft.createdBy.id);
        assertNotNull(draft.leadImage);
        assertEquals(2, draft.tags.size());
        assertEquals(1, draft.authors.size(), "the contributor's own byline");
        assertTrue(contributor.page(edit).select(".notice").text().contains("Saved a new draft"), "flash message");
        Html.get(draft.url(), 404);

        // Submit; an editor requests changes with a note the contributor sees.
        assertEquals(303, submitButton(contributor, edit, "/submit").statusCode());
        assertEquals(ArticleStatus.IN_REVIEW, fixtures.reloadArticle(id).status);
        assertTrue(editor.page("/admin").select(".review-queue a[href=" + edit + "]").size() == 1, "in the review queue");
        Response changes = editor.form(edit, "form[action$=/request-changes]").set("note", "Add the vote count by member.").submit();
        assertEquals(303, changes.statusCode());
        assertEquals(ArticleStatus.CHANGES_REQUESTED, fixtures.reloadArticle(id).status);
        assertTrue(contributor.page(edit).select(".review-note").text().contains("Add the vote count by member."));

        // Resubmit after an edit.
        Response saved = contributor.form(edit, "form.form").set("body", "The board voted 7 to 2: members A–G for.").submit();
        assertEquals(303, saved.statusCode());
        assertEquals(303, submitButton(contributor, edit, "/submit").statusCode());
        assertEquals(ArticleStatus.IN_REVIEW, fixtures.reloadArticle(id).status);

        // Schedule for the future, then publish now.
        String future = Instant.now().plus(2, ChronoUnit.DAYS).atZone(java.time.ZoneId.of("America/New_York"))
                .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        Response scheduled = actionForm(editor, edit, "/schedule").set("publishAt", future).submit();
        assertEquals(303, scheduled.statusCode());
        Article sched = fixtures.reloadArticle(id);
        assertEquals(ArticleStatus.SCHEDULED, sched.status);
        assertTrue(sched.publishedAt.isAfter(Instant.now().plus(1, ChronoUnit.DAYS)));
        Html.get(sched.url(), 404);

        assertEquals(303, submitButton(editor, edit, "/publish").statusCode());
        Article published = fixtures.reloadArticle(id);
        assertEquals(ArticleStatus.PUBLISHED, published.status);
        assertTrue(published.publishedAt.isBefore(Instant.now().plusSeconds(1)));
        assertNull(published.updatedAt, "publishing is not an update");
        Document page = Html.get(published.url());
        assertEquals("Harbor board approves the flood wall", page.select("article h1").text());
        assertEquals(2, page.select(".article__tags a").size());

        // Correct: append-only, shown on the article.
        Response corrected = editor.form(edit, "form[action$=/corrections]")
                .set("correction", "An earlier version gave the wrong vote count.").submit();
        assertEquals(303, corrected.statusCode());
        assertTrue(Html.get(published.url()).select(".article__corrections li").text().contains("wrong vote count"));

        // An ordinary save does not set "Updated"; marking a substantive update does.
        assertEquals(303, editor.form(edit, "form.form").set("dek", "A vote after two years.").submit().statusCode());
        assertNull(fixtures.reloadArticle(id).updatedAt);
        assertEquals(303, submitButton(editor, edit, "/mark-updated").statusCode());
        assertNotNull(fixtures.reloadArticle(id).updatedAt);

        // The contributor can no longer change it.
        assertTrue(contributor.page(edit).select("form.form").isEmpty());

        // Unpublish: gone for readers.
        assertEquals(303, submitButton(editor, edit, "/unpublish").statusCode());
        assertEquals(ArticleStatus.UNPUBLISHED, fixtures.reloadArticle(id).status);
        Html.get(published.url(), 404);

        long audited = QuarkusTransaction.requiringNew().call(() ->
                AuditLog.count("target = ?1 and action in ('PUBLISH', 'SCHEDULE', 'UNPUBLISH')", "article " + id));
        assertEquals(3, audited);
        long revisions = QuarkusTransaction.requiringNew().call(() -> ArticleRevision.count("article.id", id));
        assertEquals(3, revisions, "create, contributor save, editor save");
    }

    @Test
    void publishingNeedsALeadImageWithAltAndCredit() {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response created = editor.form("/admin/articles/new", "form.form")
                .set("headline", "No picture yet").set("section", String.valueOf(section.id)).submit();
        assertEquals(303, created.statusCode());
        String edit = created.header("Location").replaceAll("^https?://[^/]+", "");
        Response refused = submitButton(editor, edit, "/publish");
        assertEquals(400, refused.statusCode());
        Document doc = org.jsoup.Jsoup.parse(refused.body().asString());
        assertFalse(doc.select("#leadImage-error").text().isBlank());
        assertFalse(doc.select("#leadAlt-error").text().isBlank());
        assertFalse(doc.select("#leadCredit-error").text().isBlank());
        long id = Long.parseLong(edit.replaceAll("\\D+", ""));
        assertEquals(ArticleStatus.DRAFT, fixtures.reloadArticle(id).status);
    }

    @Test
    void revisionsCanBeViewedAndRestored() {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response created = editor.form("/admin/articles/new", "form.form")
                .set("headline", "First headline").set("body", "First body").set("section", String.valueOf(section.id)).submit();
        String edit = created.header("Location").replaceAll("^https?://[^/]+", "");
        long id = Long.parseLong(edit.replaceAll("\\D+", ""));
        assertEquals(303, editor.form(edit, "form.form").set("headline", "Second headline").set("body", "Second body").submit().statusCode());
        Document doc = editor.page(edit);
        String oldest = doc.select("section[aria-labelledby=revisions-title] tbody tr").last().selectFirst("a").attr("href");
        Document revision = editor.page(oldest);
        assertEquals("First headline", revision.select(".revision__headline").text());
        Response restored = editor.form(oldest, "form[action$=/restore]").submit();
        assertEquals(303, restored.statusCode());
        Article article = fixtures.reloadArticle(id);
        assertEquals("First headline", article.headline);
        assertEquals("First body", article.bodyMarkdown);
    }

    @Test
    void invalidInputReRendersTheFormWithErrorsBesideFieldsAndValuesKept() {
        Browser contributor = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR));
        Response response = contributor.form("/admin/articles/new", "form.form")
                .set("headline", "").set("body", "My precious paragraph.").set("dek", "x".repeat(700))
                .set("section", "not-a-number").set("tags", "Kept tag").submit();
        assertEquals(400, response.statusCode());
        Document doc = org.jsoup.Jsoup.parse(response.body().asString());
        assertFalse(doc.select("#headline-error").text().isBlank());
        assertFalse(doc.select("#dek-error").text().isBlank());
        assertFalse(doc.select("#section-error").text().isBlank());
        assertEquals("My precious paragraph.", doc.selectFirst("textarea#body").wholeText().strip());
        assertEquals("Kept tag", doc.selectFirst("input#tags").attr("value"));
        assertEquals("x".repeat(700), doc.selectFirst("input#dek").attr("value"));
    }

    @Test
    void aTwoHundredKilobyteBodySaves() {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        StringBuilder body = new StringBuilder();
        while (body.length() < 200 * 1024) {
            body.append("A long paragraph about the harbor, the board and the wall, repeated for length. ".repeat(10)).append("\n\n");
        }
        Response created = editor.form("/admin/articles/new", "form.form")
                .set("headline", "The long read").set("body", body.toString()).set("section", String.valueOf(section.id)).submit();
        assertEquals(303, created.statusCode(), () -> "status " + created.statusCode());
        long id = Long.parseLong(created.header("Location").replaceAll(".*/(\\d+)$", "$1"));
        assertEquals(body.toString(), fixtures.reloadArticle(id).bodyMarkdown);
    }

    @Test
    void twoConcurrentPublishesPublishOnce() throws Exception {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        User editorUser = fixtures.user(Role.EDITOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.IN_REVIEW);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                User editor = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(editorUser.id));
                return workflow.publish(editor, article.id);
            }));
        }
        start.countDown();
        int published = 0;
        for (var result : results) {
            published += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, published);
        assertEquals(ArticleStatus.PUBLISHED, fixtures.reloadArticle(article.id).status);
        long audited = QuarkusTransaction.requiringNew().call(() ->
                AuditLog.count("target = ?1 and action = 'PUBLISH'", "article " + article.id));
        assertEquals(1, audited);
        // Other tests read the newest published stories; leave this one out of them.
        workflow.unpublish(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(editorUser.id)), article.id);
    }

    /** The action's own form, or the article form's "Save and …" button for it: as a person would click it. */
    static Response submitButton(Browser browser, String edit, String actionSuffix) {
        return actionForm(browser, edit, actionSuffix).submit();
    }

    static Browser.Form actionForm(Browser browser, String edit, String actionSuffix) {
        org.jsoup.nodes.Document doc = browser.page(edit);
        if (doc.selectFirst("form[action$=" + actionSuffix + "]") != null) {
            return browser.form(edit, "form[action$=" + actionSuffix + "]");
        }
        return browser.button(edit, "button[formaction$=" + actionSuffix + "]");
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
