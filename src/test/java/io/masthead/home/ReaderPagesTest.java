package io.masthead.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReaderPagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void homeHasLeadTopStoriesSectionRailsLatestAndVideo() {
        Document doc = Html.get("/");
        assertEquals(1, doc.select(".lead-story .lead__headline a").size());
        assertFalse(doc.select(".top-stories li").isEmpty());
        assertTrue(doc.select(".section-rails .rail").size() >= 6);
        for (Element rail : doc.select(".section-rails .rail")) {
            Html.get(rail.selectFirst(".rail__more a").attr("href"));
        }
        assertFalse(doc.select(".home-latest .river__item").isEmpty());
        assertTrue(doc.selectFirst(".home-latest a.load-more__link").attr("href").startsWith("/latest/?cursor="));
        assertEquals(2, doc.select(".video-rail").size());
        assertTrue(doc.select("a.skip-link[href=#main]").size() == 1);
        assertFalse(doc.select("nav.site-nav a[href=/opinion/]").isEmpty());
    }

    @Test
    void latestPagesThroughEverything() {
        Document first = Html.get("/latest/");
        assertEquals(20, first.select(".river__item").size());
        Document second = Html.get(first.selectFirst("a.load-more__link").attr("href"));
        assertFalse(second.select(".river__item").isEmpty());
        assertFalse(first.select(".river__item h2 a").eachAttr("href").contains(second.selectFirst(".river__item h2 a").attr("href")));
    }

    @Test
    void tagPageListsItsStoriesNewestFirst() {
        Section section = fixtures.section(Fixtures.unique("tagged"), null);
        Tag tag = fixtures.tag(Fixtures.unique("budget"));
        Article older = fixtures.article("Older tagged", section, null, tag, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(3600));
        Article newer = fixtures.article("Newer tagged", section, null, tag, ArticleStatus.PUBLISHED, Instant.now());
        Document doc = Html.get(tag.url());
        assertEquals(tag.name, doc.select("h1").text());
        assertEquals(java.util.List.of(newer.url(), older.url()), doc.select(".river__item h2 a").eachAttr("href"));
    }

    @Test
    void authorPageShowsProfileAndTheirStories() {
        Section section = fixtures.section(Fixtures.unique("bylined"), null);
        Author author = fixtures.author(Fixtures.unique("writer"), false);
        Article article = fixtures.article("Bylined story", section, author, null, ArticleStatus.PUBLISHED, Instant.now());
        Document doc = Html.get(author.url());
        assertEquals(author.name, doc.select("h1").text());
        assertEquals(author.bio, doc.select(".profile__bio").text());
        assertEquals(article.url(), doc.selectFirst(".river__item h2 a").attr("href"));
    }

    @Test
    void demoAuthorsHavePhotosWithAltText() {
        Document doc = Html.get(Html.get("/opinion/").selectFirst(".river__item .card__headline a").attr("href"));
        Document author = Html.get(doc.selectFirst(".article__byline a").attr("href"));
        Element photo = author.selectFirst(".profile__photo");
        assertFalse(photo.attr("alt").isBlank());
        assertTrue(photo.attr("src").startsWith("/media/"));
    }

    @Test
    void videoListingsAndPlayerPage() {
        Document all = Html.get("/video/");
        assertTrue(all.select(".river__item .video-card").size() >= 12);
        Element channelLink = all.selectFirst(".subnav a");
        Document channel = Html.get(channelLink.attr("href"));
        assertFalse(channel.select(".river__item .video-card").isEmpty());
        String videoUrl = channel.selectFirst(".video-card__title a").attr("href");
        Document player = Html.get(videoUrl);
        assertEquals(1, player.select("video[controls] source[type=video/webm]").size());
        assertFalse(player.select("video track[kind=captions]").isEmpty());
        Html.get(player.selectFirst("video track").attr("src").replace("captions.vtt", "captions.vtt"));
        assertFalse(player.select("h1").text().isBlank());
        assertEquals(1, player.select("link[rel=canonical]").size());
    }

    @Test
    void mediaIsServedWithImmutableCachingAndAFixedType() {
        Document doc = Html.get("/");
        String src = doc.selectFirst("img[src^=/media/]").attr("src");
        io.restassured.RestAssured.given().get(src).then().statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("immutable"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
