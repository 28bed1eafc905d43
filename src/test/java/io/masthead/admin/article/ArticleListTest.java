package io.masthead.admin.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.search.SearchEngine;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** GET /admin/articles: who sees what, in which order, page by page, filtered and searched. */
@QuarkusTest
class ArticleListTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SearchEngine engine;

    @Inject
    EntityManager em;

    private static List<String> headlines(Document doc) {
        return doc.select(".article-list__headline").eachText();
    }

    @Test
    void contributorsSeeTheirOwnPiecesOnlyAndEditorsSeeAll() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        User other = fixtures.user(Role.CONTRIBUTOR);
        Article mine = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        Article theirs = fixtures.articleOwnedBy(other, section, ArticleStatus.DRAFT);
        Document own = fixtures.signedIn(writer).page("/admin/articles?section=" + section.id);
        assertEquals(List.of(mine.headline), headlines(own));
        Document all = fixtures.signedIn(fixtures.user(Role.EDITOR)).page("/admin/articles?section=" + section.id);
        assertTrue(headlines(all).containsAll(List.of(mine.headline, theirs.headline)));
        assertEquals("Draft", all.selectFirst(".article-list .status").text(), "statuses read as words");
        assertEquals(302, Browser.anonymous().get("/admin/articles").statusCode());
    }

    @Test
    void newestChangeFirstAndKeysetPaged() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Instant base = Instant.now().minus(1, ChronoUnit.DAYS);
        for (int i = 0; i < AdminArticles.PAGE + 5; i++) {
            Article a = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
            Instant at = base.plusSeconds(i);
            QuarkusTransaction.requiringNew().run(() -> Article.update("modifiedAt = ?1 where id = ?2", at, a.id));
        }
        Browser browser = fixtures.signedIn(writer);
        Document first = browser.page("/admin/articles");
        List<String> page1 = headlines(first);
        assertEquals(AdminArticles.PAGE, page1.size());
        String next = first.selectFirst("a[href^=/admin/articles?after=]").attr("href");
        List<String> page2 = headlines(browser.page(next));
        assertEquals(5, page2.size());
        assertTrue(page1.stream().noneMatch(page2::contains), "no row on two pages");
        List<String> newestFirst = QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                "createdBy.id = ?1 order by modifiedAt desc, id desc", writer.id).list().stream().map(a -> a.headline).toList());
        assertEquals(newestFirst.subList(0, AdminArticles.PAGE), page1);
        assertEquals(newestFirst.subList(AdminArticles.PAGE, newestFirst.size()), page2);
        assertEquals(400, browser.get("/admin/articles?after=garbage").statusCode());
    }

    @Test
    void filtersByStatusSectionKindAndAuthor() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article draft = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        Article review = fixtures.articleOwnedBy(writer, section, ArticleStatus.IN_REVIEW);
        QuarkusTransaction.requiringNew().run(() -> Article.update("kind = ?1 where id = ?2", ArticleKind.OPINION, review.id));
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String base = "/admin/articles?section=" + section.id;
        assertEquals(List.of(review.headline), headlines(editor.page(base + "&status=IN_REVIEW")));
        assertEquals(List.of(review.headline), headlines(editor.page(base + "&kind=OPINION")));
        assertEquals(List.of(draft.headline), headlines(editor.page(base + "&status=DRAFT&kind=NEWS")));
        long authorId = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(writer.id).author.id);
        assertEquals(2, headlines(editor.page("/admin/articles?author=" + authorId)).size());
        assertEquals(400, editor.get("/admin/articles?status=LOST").statusCode());
        assertEquals(400, editor.get("/admin/articles?section=x").statusCode());
    }

    @Test
    void searchFindsAWordOfTheHeadlineOrTheBylineThroughTheRealForm() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        String word = Fixtures.unique("zeppelin").replace("-", "");
        Browser contributor = fixtures.signedIn(writer);
        io.restassured.response.Response created = contributor.form("/admin/articles/new", "form.form")
                .set("headline", "Harbor " + word + " lands at dawn").set("section", String.valueOf(section.id)).submit();
        assertEquals(303, created.statusCode());
        Article article = fixtures.reloadArticle(Long.parseLong(created.header("Location").replaceAll(".*/", "")));
        engine.awaitCurrent();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=" + word.toUpperCase())));
        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=dawn " + word)));
        String authorName = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(writer.id).author.name);
        assertTrue(ids(editor.page("/admin/articles?q=" + authorName)).contains(article.id));
        assertTrue(editor.page("/admin/articles?q=nothing" + word).select(".article-list").isEmpty());
        // A contributor's search stays inside their own pieces.
        assertTrue(ids(fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).page("/admin/articles?q=" + word)).isEmpty());
    }

    @Test
    void aPastedAddressOrIdOpensThePieceForThoseWhoMaySeeIt() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Article article = fixtures.articleOwnedBy(writer, section, ArticleStatus.PUBLISHED);
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String publicUrl = "https://news.example.com/" + section.path + "/" + article.id + "-" + article.slug;
        assertEquals("/admin/articles/" + article.id, location(editor.get("/admin/articles?q=" + publicUrl)));
        assertEquals("/admin/articles/" + article.id, location(editor.get("/admin/articles?q=" + article.id)));
        Browser stranger = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR));
        assertEquals(200, stranger.get("/admin/articles?q=" + article.id).statusCode(), "another's id opens nothing");
    }

    @Test
    @DisabledIfSystemProperty(named = "build.db-kind", matches = "postgresql", disabledReason = "H2's plans; PostgreSQL picks its own")
    void theListReadsOneIndexInOrder() {
        String listing = plan("select a.id, a.modified_at from article a where 1 = 1 order by a.modified_at desc, a.id desc limit 50");
        assertTrue(listing.contains("ARTICLE_MODIFIED_IDX"), listing);
        String own = plan("select a.id, a.modified_at from article a where 1 = 1 and a.created_by = 1"
                + " order by a.created_by, a.modified_at desc, a.id desc limit 50");
        assertTrue(own.contains("ARTICLE_OWNER_MODIFIED_IDX"), own);
        String status = plan("select a.id, a.modified_at from article a where 1 = 1 and a.status = 'IN_REVIEW'"
                + " order by a.status, a.modified_at desc, a.id desc limit 50");
        assertTrue(status.contains("ARTICLE_STATUS_MODIFIED_IDX"), status);
        for (String p : List.of(listing, own, status)) {
            assertFalse(p.toLowerCase().contains("tablescan") || p.contains("_SCAN_ */"), "no table scan: " + p);
        }
    }

    private String plan(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery("explain " + sql).getSingleResult()))
                .toUpperCase();
    }

    private static List<Long> ids(Document doc) {
        return doc.select(".article-list__headline").stream()
                .map(a -> Long.parseLong(a.attr("href").replaceAll("\\D+", ""))).toList();
    }

    private static String location(io.restassured.response.Response response) {
        assertEquals(303, response.statusCode());
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }
}
