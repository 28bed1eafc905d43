package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A stale save is refused with the text kept; scheduled pieces go live exactly once, also after downtime. */
@QuarkusTest
class NothingLostTest {

    @Inject
    Fixtures fixtures;

    @Inject
    io.masthead.admin.article.ScheduledPublishing workflow;

    @Test
    void aStaleSaveIs409WithTheTextShownBackAndTheDatabaseUnchanged() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        Browser contributor = fixtures.signedIn(writer);
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String edit = "/admin/articles/" + article.id;

        Browser.Form mine = contributor.form(edit, "form.form");
        Browser.Form theirs = editor.form(edit, "form.form");
        assertEquals(303, theirs.set("headline", "The editor's headline").set("body", "The editor's body.").submit().statusCode());
        Article afterEditor = fixtures.reloadArticle(article.id);

        Response stale = mine.set("headline", "My headline").set("body", "My carefully written paragraph.").submit();
        assertEquals(409, stale.statusCode());
        Document doc = Jsoup.parse(stale.body().asString());
        assertTrue(doc.select("#conflict").text().contains("Someone else saved"));
        assertEquals("My carefully written paragraph.", doc.selectFirst("textarea#body").wholeText().strip());
        assertEquals("My headline", doc.selectFirst("input#headline").attr("value"));
        assertEquals("The editor's body.", doc.select(".conflict__current-body").text());

        Article now = fixtures.reloadArticle(article.id);
        assertEquals("The editor's headline", now.headline);
        assertEquals(afterEditor.version, now.version);
        long revisions = QuarkusTransaction.requiringNew().call(() -> ArticleRevision.count("article.id", article.id));
        assertEquals(1, revisions, "only the editor's save");
    }

    @Test
    void dueScheduledArticlesArePublishedExactlyOnceIncludingCatchUp() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article due = fixtures.articleOwnedBy(writer, section, ArticleStatus.SCHEDULED);
        Article later = fixtures.articleOwnedBy(writer, section, ArticleStatus.SCHEDULED);
        // As if the app was down when the piece was due: its time passed an hour ago.
        QuarkusTransaction.requiringNew().run(() -> {
            // Long past, which also keeps it out of the rivers other tests read.
            Article.<Article>findById(due.id).publishedAt = Fixtures.LONG_AGO.plus(due.id, ChronoUnit.SECONDS);
            Article.<Article>findById(later.id).publishedAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        });
        Html.get("/" + section.path + "/" + due.id + "-" + due.slug, 404);

        // The scheduled job runs every 15 s in tests too and may publish it first: either way it is
        // published exactly once, which the audit log below counts.
        workflow.publishDue();
        int second = workflow.publishDue();
        assertEquals(0, second - countOtherDue(), "a second run publishes nothing again");

        Article published = fixtures.reloadArticle(due.id);
        assertEquals(ArticleStatus.PUBLISHED, published.status);
        assertEquals(ArticleStatus.SCHEDULED, fixtures.reloadArticle(later.id).status);
        Html.get(published.url());
        Instant listed = QuarkusTransaction.requiringNew().call(() ->
                ArticleAuthor.<ArticleAuthor>find("article.id", due.id).firstResult().listedAt);
        assertEquals(published.publishedAt, listed, "the author river lists it");
        long audited = QuarkusTransaction.requiringNew().call(() ->
                AuditLog.count("target = ?1 and action = 'PUBLISH_SCHEDULED'", "article " + due.id));
        assertEquals(1, audited);
    }

    private static int countOtherDue() {
        return 0;
    }
}
