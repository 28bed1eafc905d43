package io.masthead.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words and links a reader meets on every page of the demo newsroom. */
@QuarkusTest
class ReaderWordsTest {

    private static final List<String> PAGES = List.of("/", "/politics/", "/opinion/", "/tag/senate/",
            "/author/theo-lindqvist/", "/video/", "/video/the-rundown/", "/most-popular/", "/latest/", "/info/about/");

    @Test
    void noKickerRepeatsTheSectionAndSeeAllIsSpelledOneWay() {
        for (String path : PAGES) {
            Document doc = Html.get(path);
            for (Element kicker : doc.select(".card__kicker")) {
                Element kind = kicker.selectFirst(".kind");
                Element section = kicker.selectFirst("a");
                if (kind != null && section != null) {
                    assertFalse(kind.text().equalsIgnoreCase(section.text()), path + ": \"" + kicker.text() + "\"");
                }
            }
            assertFalse(doc.body().text().contains("See All"), path);
            for (Element more : doc.select(".rail__more a")) {
                assertTrue(more.text().startsWith("See all "), path + ": " + more.text());
            }
        }
        Document opinion = Html.get("/opinion/");
        assertFalse(opinion.select(".card__kicker a[href=/opinion/]").isEmpty(), "opinion pieces keep their section");
    }

    @Test
    void videoIsOneWordEverywhereAndNoChannelIsCalledVideo() {
        Document list = Html.get("/video/");
        assertEquals("Video", list.selectFirst("main h1").text());
        assertTrue(list.title().startsWith("Video |"));
        for (String path : PAGES) {
            Document doc = Html.get(path);
            assertFalse(doc.select("header a[href=/video/], footer a[href=/video/]").stream()
                    .anyMatch(a -> !a.text().equals("Video")), path);
            assertTrue(doc.select("a[href^=/video/video/]").isEmpty(), path);
            for (Element meta : doc.select(".video-card__meta")) {
                assertFalse(meta.text().endsWith("· Video"), path + ": " + meta.text());
            }
        }
        Html.get("/video/explainers/");
        Html.get("/video/video/", 404);
        assertEquals("/video/the-rundown/", list.selectFirst(".video-card__kicker a[href=/video/the-rundown/]").attr("href"),
                "the all-channel list names each video's channel above its title");
        assertTrue(Html.get("/video/the-rundown/").select(".video-card__kicker").isEmpty(), "a channel's own list does not repeat it");
        assertTrue(Html.get("/").select(".video-rail .video-card__kicker").isEmpty(), "nor does a channel's rail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/politics/", "/tag/senate/", "/author/theo-lindqvist/"})
    void sectionTagAndAuthorPagesShowTheirFeed(String path) {
        Element feed = Html.get(path).selectFirst("main .follow a");
        assertNotNull(feed, path);
        assertEquals(path + "rss.xml", feed.attr("href"));
        assertTrue(feed.text().startsWith("RSS feed"));
        assertEquals(200, RestAssured.get(feed.attr("href")).statusCode());
    }

    @Test
    void everyPageHasLatestInItsNavigationAndTheSiteSearchForm() {
        for (String path : PAGES) {
            Document doc = Html.get(path);
            assertEquals(1, doc.select("nav.site-nav a[href=/latest/]").size(), path);
            assertEquals(1, doc.select("nav.site-menu__nav a[href=/latest/]").size(), path);
            Element form = doc.selectFirst("header form[role=search]");
            assertNotNull(form, path);
            assertEquals("/search", form.attr("action"));
            assertEquals("get", form.attr("method"));
            Element q = form.selectFirst("input[name=q]");
            assertEquals("search", q.attr("type"));
            assertEquals(1, form.select("label[for=" + q.id() + "]").size(), path + ": the field is labelled");
        }
        Document missing = Html.get("/no-such-section/", 404);
        assertNotNull(missing.selectFirst("header form[action=/search] input[name=q]"), "error pages too");
    }

    @Test
    void theStylesheetHasADarkSchemeAndAPrintOne() {
        String href = Html.get("/").selectFirst("link[rel=stylesheet]").attr("href");
        String css = RestAssured.get(href).asString();
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
    }
}
