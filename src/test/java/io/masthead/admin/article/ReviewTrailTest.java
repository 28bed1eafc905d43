package io.masthead.admin.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.AuditLog;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Notes as a history, word diffs between revisions, restore on a live piece confirmed, preview marked. */
@QuarkusTest
class ReviewTrailTest {

    @Inject
    Fixtures fixtures;

    @Test
    void reviewNotesAreAHistoryAndTheNoticeEndsWithTheRound() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.IN_REVIEW);
        String edit = "/admin/articles/" + article.id;
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Browser contributor = fixtures.signedIn(writer);
        assertEquals(303, editor.post(edit + "/request-changes", Map.of("note", "First round: add the vote.")).statusCode());
        assertEquals(303, contributor.post(edit + "/submit").statusCode());
        Document resubmitted = contributor.page(edit);
        assertTrue(resubmitted.select(".review-note").isEmpty(), "no stale 'changes requested' after resubmission");
        assertEquals(303, editor.post(edit + "/request-changes", Map.of("note", "Second round: cite the minutes.")).statusCode());
        Document doc = contributor.page(edit);
        assertTrue(doc.select(".review-note").text().contains("Second round"));
        List<String> history = doc.select(".review-history li").eachText();
        assertEquals(2, history.size());
        assertTrue(history.get(0).contains("Round 2") && history.get(0).contains("cite the minutes"), history.get(0));
        assertTrue(history.get(1).contains("Round 1") && history.get(1).contains("add the vote"), history.get(1));
        assertTrue(history.get(0).matches(".*\\d:\\d\\d:\\d\\d [AP]M.*"), "times to the second: " + history.get(0));
    }

    @Test
    void revisionsShowWordDiffsAgainstThePreviousAndTheCurrentVersion() {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response created = editor.form("/admin/articles/new", "form#article-form").set("headline", "Tide tables")
                .set("body", "The tide rose early today.").set("section", String.valueOf(section.id)).submit();
        String edit = created.header("Location").replaceAll("^https?://[^/]+", "");
        assertEquals(303, editor.form(edit, "form#article-form").set("body", "The tide rose late today.").submit().statusCode());
        assertEquals(303, editor.form(edit, "form#article-form").set("body", "The tide rose late tonight.").submit().statusCode());
        List<String> links = editor.page(edit).select("section[aria-labelledby=revisions-title] tbody a").eachAttr("href");
        String middle = links.get(1);
        Document previous = editor.page(middle);
        assertEquals("early", previous.select(".diff del").text());
        assertEquals("late", previous.select(".diff ins").text());
        Document current = editor.page(middle + "?against=current");
        assertEquals("today.", current.select(".diff del").text());
        assertEquals("tonight.", current.select(".diff ins").text());
        assertTrue(previous.select("time").first().text().matches(".*\\d:\\d\\d:\\d\\d [AP]M.*"));
        assertEquals(404, editor.get(edit + "/revisions/999999999").statusCode());
        assertEquals(403, fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).get(middle).statusCode());
    }

    @Test
    void restoringOnALivePieceAsksFirstThenMakesARevisionAndAnAuditEntry() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.PUBLISHED);
        String edit = "/admin/articles/" + article.id;
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        assertEquals(303, editor.form(edit, "form#article-form").set("body", "Words of the first revision.").submit().statusCode());
        assertEquals(303, editor.form(edit, "form#article-form").set("body", "Words live now.").submit().statusCode());
        String oldest = editor.page(edit).select("section[aria-labelledby=revisions-title] tbody a").last().attr("href");
        long before = WritingWithoutLossTest.revisions(article.id);

        Response asked = editor.form(oldest, "form[action$=/restore]").submit();
        assertEquals(200, asked.statusCode());
        Document confirm = Jsoup.parse(asked.body().asString());
        assertFalse(confirm.select("input[name=confirm][value=yes]").isEmpty());
        assertEquals("Words live now.", fixtures.reloadArticle(article.id).bodyMarkdown, "nothing changed yet");

        Response restored = editor.form(oldest, "form[action$=/restore]").set("confirm", "yes").submit();
        assertEquals(303, restored.statusCode());
        assertEquals("Words of the first revision.", fixtures.reloadArticle(article.id).bodyMarkdown);
        assertEquals(before + 1, WritingWithoutLossTest.revisions(article.id));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                AuditLog.count("action = 'RESTORE' and target = ?1", "article " + article.id)));
    }

    @Test
    void thePreviewSaysItIsNotPublishedAndLinksBack() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        Response preview = fixtures.signedIn(writer).get("/admin/articles/" + article.id + "/preview");
        assertEquals(200, preview.statusCode());
        assertEquals("no-store", preview.header("Cache-Control"));
        assertTrue(preview.header("X-Robots-Tag").contains("noindex"));
        Document doc = Jsoup.parse(preview.body().asString());
        assertTrue(doc.selectFirst(".preview-banner").text().contains("Preview — not published"));
        assertEquals("/admin/articles/" + article.id, doc.selectFirst(".preview-banner a.preview-banner__back").attr("href"));
        assertEquals("noindex, nofollow", doc.selectFirst("meta[name=robots]").attr("content"));
    }
}
