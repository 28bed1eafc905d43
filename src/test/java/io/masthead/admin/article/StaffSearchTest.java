package io.masthead.admin.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.search.SearchEngine;
import io.masthead.search.SearchFixtures;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Browser;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The article list's search through the site's search engine (Lucene on H2, PostgreSQL's
 * full-text search there): headline, text and byline of everything the viewer may see, with the
 * list's filters and its keyset paging, as staff use it at /admin/articles.
 */
@QuarkusTest
class StaffSearchTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SearchFixtures search;

    @Inject
    SearchEngine engine;

    @Test
    void aDraftsBodyWordIsFoundByItsOwnerAndEditorsButNotAnotherContributorAndNeverByReaders() {
        Section section = fixtures.section();
        User owner = fixtures.user(Role.CONTRIBUTOR);
        Browser writer = fixtures.signedIn(owner);
        String word = SearchFixtures.word();
        Response created = writer.form("/admin/articles/new", "form#article-form").set("headline", "Harbour dredging plan")
                .set("body", "The council says the " + word + " survey starts in May.")
                .set("section", String.valueOf(section.id)).submit();
        assertEquals(303, created.statusCode());
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));
        engine.awaitCurrent();

        Document own = writer.page("/admin/articles?q=" + word);
        assertEquals(List.of(id), ids(own));
        assertEquals(word, own.selectFirst(".article-list__passage mark").text(), "the matched word is marked in its passage");
        assertEquals(List.of(id), ids(fixtures.signedIn(fixtures.user(Role.EDITOR)).page("/admin/articles?q=" + word)));
        assertEquals(List.of(id), ids(fixtures.signedIn(fixtures.user(Role.ADMIN)).page("/admin/articles?q=" + word)));
        Document stranger = fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)).page("/admin/articles?q=" + word);
        assertTrue(ids(stranger).isEmpty(), "another contributor found the draft");
        assertTrue(stranger.text().contains("No article matches."), "the list says so");

        Document reader = Browser.anonymous().page("/search?q=" + word);
        assertTrue(reader.select(".search-result").isEmpty(), "readers found a draft");
        assertFalse(reader.html().contains(word + " survey"), "the draft's text reached a public page");
    }

    @Test
    void headlineTextAndBylineWordsEachCountAndMustAllMatch() {
        User owner = fixtures.user(Role.CONTRIBUTOR);
        String headlineWord = SearchFixtures.word();
        String bodyWord = SearchFixtures.word();
        Article article = search.article(SearchFixtures.Spec.of("The " + headlineWord + " inquiry",
                "Witnesses described the " + bodyWord + " at length.", search.desk()).status(ArticleStatus.IN_REVIEW)
                .owner(owner));
        engine.awaitCurrent();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String byline = owner.author.slug;

        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=" + headlineWord.toUpperCase())));
        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=" + bodyWord)));
        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=" + byline + " " + bodyWord)),
                "a byline word and a text word together");
        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=\"" + headlineWord + " inquiry\"")));
        assertEquals(List.of(article.id), ids(editor.page("/admin/articles?q=" + headlineWord + " inquiries")),
                "English stemming");
        assertTrue(ids(editor.page("/admin/articles?q=" + headlineWord + " -" + bodyWord)).isEmpty(), "exclusion");
        assertTrue(ids(editor.page("/admin/articles?q=" + headlineWord + " " + SearchFixtures.word())).isEmpty(),
                "every word must match");
    }

    @Test
    void theSearchCombinesWithEveryFilterOfTheList() {
        User owner = fixtures.user(Role.CONTRIBUTOR);
        User other = fixtures.user(Role.CONTRIBUTOR);
        String word = SearchFixtures.word();
        Section desk = search.desk();
        Section top = QuarkusTransaction.requiringNew().call(() -> Section.<Section>findById(desk.id).parent);
        Article draft = piece(word, desk, ArticleStatus.DRAFT, ArticleKind.NEWS, owner);
        Article opinion = piece(word, desk, ArticleStatus.IN_REVIEW, ArticleKind.OPINION, owner);
        Article elsewhere = piece(word, search.desk(), ArticleStatus.DRAFT, ArticleKind.NEWS, other);
        engine.awaitCurrent();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String q = "/admin/articles?q=" + word;

        assertEquals(sorted(draft, opinion, elsewhere), sorted(ids(editor.page(q))));
        assertEquals(sorted(draft, opinion), sorted(ids(editor.page(q + "&section=" + desk.id))));
        assertEquals(sorted(draft, opinion, elsewhere), sorted(ids(editor.page(q + "&section=" + top.id))),
                "a top-level section includes its subsections");
        assertEquals(List.of(draft.id), ids(editor.page(q + "&status=DRAFT&section=" + desk.id)));
        assertEquals(List.of(opinion.id), ids(editor.page(q + "&kind=OPINION")));
        assertEquals(sorted(draft, opinion), sorted(ids(editor.page(q + "&author=" + owner.author.id))));
        assertEquals(List.of(elsewhere.id), ids(editor.page(q + "&status=DRAFT&author=" + other.author.id)));
        assertEquals(sorted(draft, opinion), sorted(ids(fixtures.signedIn(owner).page(q))), "a contributor: their own only");
    }

    @Test
    void resultsComeNewestChangeFirstAndArePagedByTheListsCursor() {
        User owner = fixtures.user(Role.CONTRIBUTOR);
        String word = SearchFixtures.word();
        Section desk = search.desk();
        Instant base = Instant.now().minus(2, ChronoUnit.DAYS);
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < AdminArticles.PAGE + 5; i++) {
            Article a = piece(word, desk, ArticleStatus.DRAFT, ArticleKind.NEWS, owner);
            Instant at = base.plusSeconds(i / 2); // pairs share a change time: the id breaks the tie
            QuarkusTransaction.requiringNew().run(() -> Article.update("modifiedAt = ?1 where id = ?2", at, a.id));
            newestFirst.add(0, a.id);
        }
        engine.awaitCurrent();
        Browser writer = fixtures.signedIn(owner);

        Document first = writer.page("/admin/articles?q=" + word);
        assertEquals(newestFirst.subList(0, AdminArticles.PAGE), ids(first));
        String next = first.selectFirst("a[href^=/admin/articles?after=]").attr("href");
        assertTrue(next.contains("q=" + word), next);
        Document second = writer.page(next);
        assertEquals(newestFirst.subList(AdminArticles.PAGE, newestFirst.size()), ids(second));
        assertTrue(second.select("a[href^=/admin/articles?after=]").isEmpty(), "the last page links to no further one");
    }

    @Test
    void garbageInTheSearchIsAClearAnswerNeverAnError() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        assertEquals(400, editor.get("/admin/articles?q=" + "a".repeat(301)).statusCode());
        assertEquals(400, editor.get("/admin/articles?q=word&after=garbage").statusCode());
        assertEquals(400, editor.get("/admin/articles?q=word&status=LOST").statusCode());
        assertEquals(400, editor.get("/admin/articles?q=word&section=\u0000").statusCode());
        for (String q : List.of("\u0000", "*:*", "title:x", "((((", "\"unbalanced", "-", "OR", "\\\\", "\uD83D\uDCF0",
                "\uD800", "x'; drop table article;--", "\u05E9\u05DC\u05D5\u05DD")) {
            Response response = editor.get("/admin/articles?q=" + q);
            assertEquals(200, response.statusCode(), q);
            assertFalse(response.body().asString().contains("Exception"), q);
        }
        assertEquals("x", editor.page("/admin/articles?q=\u0000x").selectFirst("input#q").val(), "a NUL byte echoed into the box");
    }

    private Article piece(String word, Section section, ArticleStatus status, ArticleKind kind, User owner) {
        return search.article(SearchFixtures.Spec.of("Piece " + SearchFixtures.word(), "About " + word + ".", section)
                .status(status).kind(kind).owner(owner));
    }

    private static List<Long> ids(Document doc) {
        return doc.select(".article-list__headline").stream()
                .map(a -> Long.parseLong(a.attr("href").replaceAll("\\D+", ""))).toList();
    }

    private static List<Long> sorted(Article... articles) {
        return java.util.Arrays.stream(articles).map(a -> a.id).sorted().toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
