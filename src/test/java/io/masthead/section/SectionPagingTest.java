package io.masthead.section;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionPagingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void pagingThroughASectionGivesEveryArticleOnceInOrderEvenWhileNewOnesArePublished() {
        Section parent = fixtures.section(Fixtures.unique("paging"), null);
        Section child = fixtures.section("sub", parent);
        Instant base = Instant.parse("2026-01-01T12:00:00Z");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Every third pair shares a timestamp: ties are broken by id.
            Instant at = base.minusSeconds(60L * (i - i % 3));
            Article a = fixtures.article("Paging story " + i, i % 2 == 0 ? parent : child, null, null, ArticleStatus.PUBLISHED, at);
            expected.add(a.url());
        }
        fixtures.article("Paging draft", parent, null, null, ArticleStatus.DRAFT, base);
        List<String> newestFirst = Article.<Article>find(
                "select a from Article a join fetch a.section where a.rootSection.id = ?1 and a.status = ?2 order by a.publishedAt desc, a.id desc",
                parent.id, ArticleStatus.PUBLISHED).list().stream().map(Article::url).toList();

        List<String> seen = new ArrayList<>();
        String next = parent.url() + "?size=5";
        int pages = 0;
        while (next != null) {
            Document doc = Html.get(next);
            doc.select(".river__item h2 a").forEach(a -> seen.add(a.attr("href")));
            if (pages == 1) {
                fixtures.article("Published while paging", parent, null, null, ArticleStatus.PUBLISHED, Instant.now());
            }
            Element more = doc.selectFirst("a.load-more__link");
            next = more == null ? null : more.attr("href");
            pages++;
        }
        assertEquals(newestFirst, seen);
        assertEquals(23, seen.size());
        assertEquals(5, pages);
    }

    @Test
    void subsectionFrontListsOnlyItsOwnArticles() {
        Section parent = fixtures.section(Fixtures.unique("opinion"), null);
        Section child = fixtures.section("columns", parent);
        Article inChild = fixtures.article("Column one", child, null, null, ArticleStatus.PUBLISHED, Instant.now());
        Article inParent = fixtures.article("Editorial one", parent, null, null, ArticleStatus.PUBLISHED, Instant.now());

        Document front = Html.get(parent.url());
        assertEquals(2, front.select(".river__item").size());
        assertEquals(child.url(), front.selectFirst(".subnav a").attr("href"));
        Document sub = Html.get(child.url());
        assertEquals(1, sub.select(".river__item").size());
        assertEquals(inChild.url(), sub.selectFirst(".river__item h2 a").attr("href"));
        assertTrue(sub.select(".breadcrumbs a").eachAttr("href").contains(parent.url()));
        assertTrue(inParent.url().startsWith(parent.url()));
    }

    @Test
    void fragmentEndpointReturnsJustTheNextItemsAndTheNextLink() {
        Section section = fixtures.section(Fixtures.unique("frag"), null);
        for (int i = 0; i < 4; i++) {
            fixtures.article("Fragment story " + i, section, null, null, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(i * 10L));
        }
        Document first = Html.get(section.url() + "?size=2");
        Element more = first.selectFirst("a.load-more__link");
        String fragmentUrl = more.attr("data-fragment");
        assertTrue(fragmentUrl.startsWith(more.attr("href")));
        String fragment = given().urlEncodingEnabled(false).get(fragmentUrl).then().statusCode(200).extract().asString();
        Document doc = org.jsoup.Jsoup.parseBodyFragment(fragment);
        assertEquals(2, doc.select("li.river__item").size());
        assertTrue(doc.select("html > head > title").isEmpty() && !fragment.contains("<header"));
    }

    @Test
    void listingPagesWithoutTheTrailingSlashRedirect() {
        Section section = fixtures.section(Fixtures.unique("slash"), null);
        given().redirects().follow(false).get("/" + section.slug).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/" + section.slug + "/"));
    }

    @Test
    void unknownSectionsAre404() {
        Html.get("/no-such-section/", 404);
        Html.get("/politics/no-such-subsection/", 404);
    }
}
