package io.masthead.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reader's search page, through HTTP, on whichever engine this build has. */
@QuarkusTest
class SearchPageTest {

    @Inject
    SearchFixtures search;

    @Inject
    Fixtures fixtures;

    static String url(String query, String more) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more;
    }

    static List<String> found(Document page) {
        return page.select(".search-result .card__headline a").eachAttr("href");
    }

    private Section section() {
        return search.desk();
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatch() {
        String word = SearchFixtures.word();
        Section section = section();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        Article inBody = search.article(SearchFixtures.Spec.of("Harbour dredging resumes",
                "The dredging contract mentions " + word + " once, deep in the text.", section).at(at));
        Article inHeadline = search.article(SearchFixtures.Spec.of("The " + word + " question",
                "Nothing about it down here.", section).at(at));
        search.indexed();

        assertEquals(List.of(inHeadline.url(), inBody.url()), found(Html.get(url(word, ""))));
    }

    @Test
    void theNewerOfTwoEqualMatchesComesFirstAndNewestOrderIsByDate() {
        String word = SearchFixtures.word();
        Section section = section();
        Article old = search.article(SearchFixtures.Spec.of("Budget talks on " + word, "Same words.", section)
                .at(Instant.now().minus(5 * 365, ChronoUnit.DAYS)));
        Article today = search.article(SearchFixtures.Spec.of("Budget talks on " + word, "Same words.", section)
                .at(Instant.now().minus(1, ChronoUnit.HOURS)));
        Article middle = search.article(SearchFixtures.Spec.of("Other news", "It mentions " + word + ".", section)
                .at(Instant.now().minus(30, ChronoUnit.DAYS)));
        search.indexed();

        List<String> best = found(Html.get(url(word, "")));
        assertTrue(best.indexOf(today.url()) < best.indexOf(old.url()), best.toString());
        assertEquals(List.of(today.url(), middle.url(), old.url()), found(Html.get(url(word, "&sort=newest"))));
    }

    @Test
    void wordsAreStemmedAllMustMatchAndTheMatchesAreMarked() {
        String word = SearchFixtures.word();
        Section section = section();
        Article both = search.article(SearchFixtures.Spec.of("County elections " + word,
                "The elections were held on Tuesday.", section));
        search.article(SearchFixtures.Spec.of("County budget " + word, "No vote this year.", section));
        search.indexed();

        Document page = Html.get(url("election " + word, ""));
        assertEquals(List.of(both.url()), found(page));
        assertEquals(List.of("elections", word), page.select(".search-result .card__headline mark").eachText());
        assertTrue(page.select(".search-result__snippet mark").eachText().contains("elections"));
        assertEquals("1 result", page.selectFirst(".search-results__count").text());
    }

    @Test
    void quotedWordsMatchAsAPhrase() {
        String word = SearchFixtures.word();
        String first = SearchFixtures.word();
        String second = SearchFixtures.word();
        Section section = section();
        Article inOrder = search.article(SearchFixtures.Spec.of("Report " + word,
                "It said " + first + " " + second + " twice.", section));
        search.article(SearchFixtures.Spec.of("Report " + word, "It said " + second + " " + first + " instead.", section));
        search.indexed();

        assertEquals(List.of(inOrder.url()), found(Html.get(url("\"" + first + " " + second + "\" " + word, ""))));
        assertEquals(2, found(Html.get(url(first + " " + second + " " + word, ""))).size());
    }

    @Test
    void wordsTypedSideBySideRankFirstWhereTheyStandTogether() {
        String first = SearchFixtures.word();
        String second = SearchFixtures.word();
        Section section = section();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        Article together = search.article(SearchFixtures.Spec.of("Council report",
                "It said " + first + " " + second + " at noon.", section).at(at));
        // The same words and length, and the higher id, which wins a tie: only the order of its words tells them apart.
        Article apart = search.article(SearchFixtures.Spec.of("Council report",
                "It said " + second + " at noon, " + first + ".", section).at(at));
        search.indexed();

        assertEquals(List.of(together.url(), apart.url()), found(Html.get(url(first + " " + second, ""))));
    }

    @Test
    void aLongerPhraseNeedsEveryWordInOrderAndAStopWordKeepsItsPlace() {
        String word = SearchFixtures.word();
        String first = SearchFixtures.word();
        String second = SearchFixtures.word();
        String third = SearchFixtures.word();
        Section section = section();
        Article inOrder = search.article(SearchFixtures.Spec.of("Brief " + word,
                "They heard " + first + " " + second + " " + third + " and " + first + " of the " + third + ".", section));
        Article brokenUp = search.article(SearchFixtures.Spec.of("Brief " + word,
                "They heard " + first + " " + second + ", then " + second + " " + third + ".", section));
        search.indexed();

        assertEquals(List.of(inOrder.url()), found(Html.get(url("\"" + first + " " + second + " " + third + "\"", ""))));
        assertEquals(List.of(inOrder.url()), found(Html.get(url("\"" + first + " of the " + third + "\"", ""))));
        assertEquals(2, found(Html.get(url("\"" + second + " " + third + "\"", ""))).size());
        assertTrue(found(Html.get(url("\"" + third + " " + first + "\"", ""))).isEmpty(), "a stop word between them");
        assertTrue(found(Html.get(url("\"" + first + " " + third + "\"", ""))).isEmpty(), "never side by side");
    }

    @Test
    void aMinusLeavesAWordOutAndOrTakesEither() {
        String word = SearchFixtures.word();
        String left = SearchFixtures.word();
        String right = SearchFixtures.word();
        Section section = section();
        Article withLeft = search.article(SearchFixtures.Spec.of("Story " + word, "Mentions " + left + ".", section));
        Article withRight = search.article(SearchFixtures.Spec.of("Story " + word, "Mentions " + right + ".", section));
        Article plain = search.article(SearchFixtures.Spec.of("Story " + word, "Mentions nothing else.", section));
        search.indexed();

        List<String> withoutLeft = found(Html.get(url(word + " -" + left, "")));
        assertTrue(withoutLeft.containsAll(List.of(withRight.url(), plain.url())) && !withoutLeft.contains(withLeft.url()));
        List<String> either = found(Html.get(url(word + " " + left + " OR " + right, "")));
        assertEquals(2, either.size());
        assertTrue(either.containsAll(List.of(withLeft.url(), withRight.url())));
        List<String> excludedPhrase = found(Html.get(url(word + " -\"mentions " + left + "\"", "")));
        assertFalse(excludedPhrase.contains(withLeft.url()));
        assertEquals(2, excludedPhrase.size());
    }

    @Test
    void filtersBySectionWithItsSubsectionsAuthorKindAndDate() {
        String word = SearchFixtures.word();
        Section parent = fixtures.section(Fixtures.unique("find"), null);
        Section child = fixtures.section("sub", parent);
        Section elsewhere = section();
        Author author = fixtures.author(Fixtures.unique("writer"), false);
        Instant now = Instant.now();
        Article inParent = search.article(SearchFixtures.Spec.of("Parent " + word, "Text.", parent)
                .at(now.minus(3, ChronoUnit.DAYS)));
        Article inChild = search.article(SearchFixtures.Spec.of("Child " + word, "Text.", child).author(author)
                .kind(ArticleKind.OPINION).at(now.minus(2, ChronoUnit.HOURS)));
        Article far = search.article(SearchFixtures.Spec.of("Elsewhere " + word, "Text.", elsewhere)
                .at(Instant.parse("2024-03-14T15:00:00Z")));
        search.indexed();

        assertEquals(List.of(inChild.url(), inParent.url()), found(Html.get(url(word, "&sort=newest&section=" + parent.path))));
        assertEquals(List.of(inChild.url()), found(Html.get(url(word, "&section=" + child.path))));
        Document byAuthor = Html.get(url(word, "&author=" + author.slug));
        assertEquals(List.of(inChild.url()), found(byAuthor));
        assertTrue(byAuthor.selectFirst(".search-filter").text().contains(author.name));
        assertEquals(List.of(inChild.url()), found(Html.get(url(word, "&kind=opinion"))));
        assertEquals(2, found(Html.get(url(word, "&kind=news"))).size());
        assertEquals(List.of(inChild.url()), found(Html.get(url(word, "&date=day"))));
        assertEquals(2, found(Html.get(url(word, "&date=week"))).size());
        assertEquals(List.of(far.url()), found(Html.get(url(word, "&from=2024-03-14&to=2024-03-14"))));
        assertEquals(List.of(far.url()), found(Html.get(url(word, "&to=2024-12-31"))));
        assertEquals(2, found(Html.get(url(word, "&from=2025-01-01"))).size());
    }

    @Test
    void loadMoreGoesThroughEveryResultExactlyOnceInEitherOrder() {
        String word = SearchFixtures.word();
        Section section = section();
        List<String> all = new ArrayList<>();
        Instant base = Instant.now().minus(10, ChronoUnit.DAYS);
        for (int i = 0; i < 23; i++) {
            // Pairs share a time and text, so scores tie and the id decides.
            String body = (word + " ").repeat(1 + (i / 2) % 4) + "filler words here.";
            all.add(search.article(SearchFixtures.Spec.of("Paging " + i, body, section)
                    .at(base.minus(i - i % 2, ChronoUnit.HOURS))).url());
        }
        search.indexed();

        Document first = Html.get(url(word, ""));
        assertEquals(10, found(first).size(), "ten results a page unless another size is asked for");
        assertEquals(List.of(), found(Html.get(first.selectFirst("a.load-more__link").attr("href"))).stream()
                .filter(found(first)::contains).toList(), "the next ten repeat none of the first");

        for (String order : List.of("", "&sort=newest")) {
            List<String> seen = new ArrayList<>();
            String next = url(word, order + "&size=5");
            int pages = 0;
            while (next != null) {
                Document page = Html.get(next);
                seen.addAll(found(page));
                Element more = page.selectFirst("a.load-more__link");
                next = more == null ? null : more.attr("href");
                pages++;
                assertEquals("23 results", page.selectFirst(".search-results__count").text());
            }
            assertEquals(5, pages, order);
            assertEquals(23, seen.size(), order);
            assertEquals(23, seen.stream().distinct().count(), order);
            assertTrue(seen.containsAll(all), order);
        }
    }

    @Test
    void loadMoreFragmentHoldsOnlyTheNextItems() {
        String word = SearchFixtures.word();
        Section section = section();
        for (int i = 0; i < 3; i++) {
            search.article(SearchFixtures.Spec.of("Fragment " + i + " " + word, "Text.", section));
        }
        search.indexed();

        Element more = Html.get(url(word, "&size=2")).selectFirst("a.load-more__link");
        String fragment = given().urlEncodingEnabled(false).get(more.attr("data-fragment")).then().statusCode(200)
                .extract().asString();
        Document items = Jsoup.parseBodyFragment(fragment);
        assertEquals(1, items.select("li.river__item").size());
        assertTrue(items.select("header, h1, form").isEmpty());
    }

    @Test
    void aHostileHeadlineIsMarkedAndEscapedNeverRun() {
        String word = SearchFixtures.word();
        Article hostile = search.article(SearchFixtures.Spec.of("<script>alert('" + word + "')</script> & <b>" + word + "</b>",
                "Body <img src=x onerror=alert(1)> " + word, section()));
        search.indexed();

        Document page = Html.get(url(word, ""));
        Element headline = page.selectFirst(".search-result .card__headline a");
        assertEquals(hostile.url(), headline.attr("href"));
        assertTrue(page.select("main script, main b, main img").isEmpty(), "article text became markup");
        assertTrue(headline.text().contains("<script>alert('"), headline.text());
        assertEquals(List.of(word, word), headline.select("mark").eachText());
        assertTrue(page.selectFirst(".search-result__snippet").text().contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    void aMisspeltWordGetsADidYouMeanFromThePublishedVocabulary() {
        String word = SearchFixtures.word();
        String draftOnly = SearchFixtures.word();
        Section section = section();
        search.article(SearchFixtures.Spec.of("Ferry timetable", "The " + word + " ferry sails at noon.", section));
        search.article(SearchFixtures.Spec.of("Secret plans", "Only a draft says " + draftOnly + ".", section)
                .status(ArticleStatus.DRAFT));
        search.indexed();
        String misspelt = word.substring(0, word.length() - 1) + (word.endsWith("z") ? "k" : "z");

        Document page = Html.get(url("ferry " + misspelt, ""));
        assertTrue(found(page).isEmpty());
        assertEquals("0 results", page.selectFirst(".search-results__count").text());
        assertEquals("ferry " + misspelt, page.selectFirst("#search-q").val(), "the query stays in the box");
        Element suggestion = page.selectFirst(".search-suggestion a");
        assertNotNull(suggestion, "no Did you mean");
        assertEquals(word, suggestion.selectFirst("mark").text());
        assertEquals(1, found(Html.get(suggestion.attr("href"))).size());

        String draftTypo = draftOnly.substring(0, draftOnly.length() - 1) + (draftOnly.endsWith("z") ? "k" : "z");
        assertNull(Html.get(url(draftTypo, "")).selectFirst(".search-suggestion"), "a draft's word was suggested");
    }

    @Test
    void aTagOrAuthorNamedByTheQueryIsLinkedAboveTheResults() {
        String word = SearchFixtures.word();
        Section section = section();
        Tag tag = fixtures.tag(Fixtures.unique("topic"));
        fixtures.renameTag(tag.id, "Harbor " + word);
        Author author = fixtures.author(Fixtures.unique("writer"), false);
        fixtures.renameAuthor(author.id, "Ruth " + word);
        fixtures.article("Harbor story " + word, section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        Tag draftTag = fixtures.tag(Fixtures.unique("secret"));
        fixtures.renameTag(draftTag.id, "Secret " + word);
        fixtures.article("Draft " + word, section, null, draftTag, ArticleStatus.DRAFT, null);
        search.indexed();

        Document tagged = Html.get(url("harbor " + word, ""));
        assertEquals(List.of(tag.url()), tagged.select(".search-topics a[href^=/tag/]").eachAttr("href"));
        Document person = Html.get(url(word, ""));
        assertTrue(person.select(".search-topics a").eachAttr("href").contains(author.url()));
        assertTrue(person.select(".search-topics a").eachAttr("href").stream().anyMatch(h -> h.contains("author=" + author.slug)));
        assertTrue(Html.get(url("secret " + word, "")).select(".search-topics a[href^=/tag/]").isEmpty(),
                "a tag only a draft has was revealed");
    }
}
