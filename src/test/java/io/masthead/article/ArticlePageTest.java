package io.masthead.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticlePageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void opinionByContributorShowsTheWholeModelPage() {
        Article article = demoOpinionByContributor();
        Document doc = Html.get(article.url());

        assertEquals(article.headline, doc.select("article h1").text());
        assertTrue(doc.select(".article__disclaimer").text().contains("views expressed by contributors"));
        assertFalse(doc.select(".article__dek").text().isBlank());
        Element byline = doc.selectFirst(".article__byline a[href^=/author/]");
        Html.get(byline.attr("href"));
        assertFalse(doc.select(".article__dates time[datetime]").isEmpty());
        Element lead = doc.selectFirst("figure.article__lead img");
        assertFalse(lead.attr("alt").isBlank());
        assertTrue(lead.attr("srcset").contains("w,"));
        assertTrue(doc.select("figure.article__lead figcaption .article__credit").text().length() > 7);
        assertTrue(doc.select(".article__body p").size() >= 3);
        assertFalse(doc.select(".article__author-note").text().isBlank());
        assertFalse(doc.select(".article__tags a[href^=/tag/]").isEmpty());
        for (Element tag : doc.select(".article__tags a")) {
            Html.get(tag.attr("href"));
        }
        assertEquals(1, doc.select("link[rel=canonical]").size());
        assertTrue(doc.selectFirst("link[rel=canonical]").attr("href").endsWith(article.url()));
        assertEquals("/views/" + article.id, doc.selectFirst("[data-view-url]").attr("data-view-url"));
    }

    @Test
    void theArticlePageSharesTheLayoutOfEveryOtherPage() {
        // The article and front-page templates spell the layout out instead of including it (see their comments).
        Document section = Html.get("/politics/");
        for (Document article : new Document[] {Html.get(demoOpinionByContributor().url()), Html.get("/")}) {
        for (String shared : new String[] {"html", "head > meta[charset]", "head > meta[name=viewport]",
            "head > link[rel=stylesheet]", "head > link[rel=icon]", "head > script[src]", "body > a.skip-link",
            "body > header.site-header", "body > main#main", "body > footer.site-footer"}) {
            Element mine = article.selectFirst(shared);
            Element theirs = section.selectFirst(shared);
            assertTrue(mine != null && theirs != null, shared);
            if (!shared.equals("html") && !shared.equals("body > main#main")) {
                assertEquals(theirs.outerHtml(), mine.outerHtml(), shared);
            }
            assertEquals(theirs.attributes().asList().stream().map(a -> a.getKey()).toList(),
                    mine.attributes().asList().stream().map(a -> a.getKey()).toList(), shared);
        }
        assertEquals(section.selectFirst("html").attr("lang"), article.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void moreSectionNewsListsTheSameSectionWithoutTheArticleItself() {
        Article article = demoOpinionByContributor();
        Document doc = Html.get(article.url());
        Element rail = doc.selectFirst("#more-in-section").parent();
        assertTrue(rail.select("h2").text().startsWith("More "));
        assertTrue(rail.select("h2").text().endsWith(" News"));
        assertTrue(rail.select("li").size() >= 1 && rail.select("li").size() <= 5);
        assertFalse(rail.select("a[href=" + article.url() + "]").hasText());
        assertEquals(article.section.url(), rail.selectFirst(".rail__more a").attr("href"));
    }

    @Test
    void everyVideoChannelHasARailWithSeeAll() {
        Document doc = Html.get(demoOpinionByContributor().url());
        assertEquals(2, doc.select(".video-rail").size());
        for (Element rail : doc.select(".video-rail")) {
            assertFalse(rail.select(".video-card a[href^=/video/]").isEmpty());
            Html.get(rail.selectFirst(".rail__more a").attr("href"));
        }
    }

    @Test
    void newsByStaffHasNoDisclaimer() {
        Section section = fixtures.section(Fixtures.unique("desk"), null);
        Author author = fixtures.author(Fixtures.unique("staff"), false);
        Article article = fixtures.article("Staff report on the harbor", section, author, null,
                ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60));
        Document doc = Html.get(article.url());
        assertTrue(doc.select(".article__disclaimer").isEmpty());
        assertEquals(author.name, doc.select(".article__byline a").text());
        assertEquals(author.url(), doc.selectFirst(".article__byline a").attr("href"));
    }

    @Test
    void wrongSlugOrSectionRedirectsToTheCanonicalUrl() {
        Section parent = fixtures.section(Fixtures.unique("world"), null);
        Section child = fixtures.section("asia", parent);
        Article article = fixtures.article("Ferry talks resume", child, null, null, ArticleStatus.PUBLISHED, Instant.now());
        String canonical = "/" + parent.slug + "/asia/" + article.id + "-ferry-talks-resume";
        assertEquals(canonical, article.url());

        for (String wrong : new String[] {"/" + parent.slug + "/asia/" + article.id + "-old-slug",
            "/" + parent.slug + "/" + article.id + "-ferry-talks-resume",
            "/politics/" + article.id, "/nowhere/else/" + article.id + "-x"}) {
            String location = given().redirects().follow(false).get(wrong).then().statusCode(301)
                    .extract().header("Location");
            assertTrue(location.endsWith(canonical), wrong + " -> " + location);
        }
        Html.get(canonical);
    }

    @Test
    void oldSlugsKeepRedirectingAfterARename() {
        Section section = fixtures.section(Fixtures.unique("metro"), null);
        Article article = fixtures.article("Original headline", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        String oldUrl = article.url();
        fixtures.setSlug(article.id, "renamed-headline");
        String location = given().redirects().follow(false).get(oldUrl).then().statusCode(301).extract().header("Location");
        assertTrue(location.endsWith("/" + section.slug + "/" + article.id + "-renamed-headline"));
    }

    @Test
    void unknownIdIsA404PageInTheSiteLayout() {
        Document doc = Html.get("/politics/987654321-nothing-here", 404);
        assertEquals("We could not find that page", doc.select("h1").text());
        assertFalse(doc.select("header.site-header").isEmpty());
        assertFalse(doc.select("footer.site-footer").isEmpty());
    }

    @Test
    void draftsReviewsScheduledAndUnpublishedPiecesAre404() {
        Section section = fixtures.section(Fixtures.unique("hidden"), null);
        Author author = fixtures.author(Fixtures.unique("hider"), false);
        Tag tag = fixtures.tag(Fixtures.unique("secret"));
        for (ArticleStatus status : new ArticleStatus[] {ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
            ArticleStatus.CHANGES_REQUESTED, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED}) {
            Article article = fixtures.article("Not public " + status, section, author, tag, status,
                    status == ArticleStatus.SCHEDULED ? Instant.now().plus(2, ChronoUnit.DAYS) : Instant.now());
            Html.get(article.url(), 404);
        }
        assertTrue(Html.get(section.url()).select(".river__item").isEmpty());
        assertTrue(Html.get(author.url()).select(".river__item").isEmpty());
        // A tag only unpublished pieces carry is no page at all (see UnpublishedTagTest).
        Html.get(tag.url(), 404);
        assertFalse(Html.get("/latest/?size=50").text().contains("Not public"));
    }

    @Test
    void unpublishingTakesAnArticleOffItsTagAndAuthorPages() {
        Section section = fixtures.section(Fixtures.unique("gone"), null);
        Author author = fixtures.author(Fixtures.unique("goner"), false);
        Tag tag = fixtures.tag(Fixtures.unique("fleeting"));
        Article article = fixtures.article("Soon withdrawn", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        assertEquals(1, Html.get(tag.url()).select(".river__item").size());
        fixtures.setStatus(article.id, ArticleStatus.UNPUBLISHED);
        Html.get(article.url(), 404);
        Html.get(tag.url(), 404);
        assertTrue(Html.get(author.url()).select(".river__item").isEmpty());
    }

    @Transactional
    Article demoOpinionByContributor() {
        Article article = Article.<Article>find("""
                select distinct a from Article a join a.authors aa join fetch a.section s left join fetch s.parent
                where a.kind = ?1 and a.status = ?2 and aa.author.contributor = true and a.leadImage is not null
                order by a.id""", ArticleKind.OPINION, ArticleStatus.PUBLISHED).firstResult();
        article.url();
        return article;
    }
}
