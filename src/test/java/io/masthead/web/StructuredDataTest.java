package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Hostile;
import io.masthead.support.Html;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StructuredDataTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Test
    void opinionArticleIsAnOpinionNewsArticleWithEveryField() throws Exception {
        Article article = demoOpinionWithTags();
        Document doc = Html.get(article.url());
        JsonNode data = node(doc, "OpinionNewsArticle");
        assertEquals("https://schema.org", data.get("@context").asText());
        assertEquals(article.headline, data.get("headline").asText());
        assertEquals(article.dek, data.get("description").asText());
        JsonNode image = data.get("image").get(0);
        assertEquals("ImageObject", image.get("@type").asText());
        assertTrue(image.get("url").asText().matches("https?://.+/media/[0-9a-f]{32}-\\d+\\.jpg"));
        assertTrue(image.get("width").asInt() > 0 && image.get("height").asInt() > 0);
        OffsetDateTime.parse(data.get("datePublished").asText());
        assertNull(data.get("dateModified"), "no substantive update, so no dateModified");
        JsonNode author = data.get("author").get(0);
        assertEquals("Person", author.get("@type").asText());
        assertFalse(author.get("name").asText().isBlank());
        Html.get(URI.create(author.get("url").asText()).getPath());
        JsonNode publisher = data.get("publisher");
        assertEquals("NewsMediaOrganization", publisher.get("@type").asText());
        assertEquals("Masthead", publisher.get("name").asText());
        assertEquals(600, publisher.get("logo").get("width").asInt());
        io.restassured.RestAssured.given().get(URI.create(publisher.get("logo").get("url").asText()).getPath())
                .then().statusCode(200).contentType("image/png");
        assertEquals(canonical(doc), data.get("mainEntityOfPage").get("@id").asText());
        assertEquals(article.section.name, data.get("articleSection").asText());
        assertTrue(data.get("keywords").size() > 0);

        JsonNode crumbs = node(doc, "BreadcrumbList").get("itemListElement");
        assertEquals(doc.select("nav.breadcrumbs li").size(), crumbs.size());
        assertEquals(1, crumbs.get(0).get("position").asInt());
        assertTrue(crumbs.get(crumbs.size() - 1).get("item").asText().endsWith(article.section.url()));
    }

    @Test
    void articleHasOpenGraphAndTwitterCards() {
        Article article = demoOpinionWithTags();
        Document doc = Html.get(article.url());
        assertEquals("article", meta(doc, "og:type"));
        assertEquals(article.headline, meta(doc, "og:title"));
        assertEquals(article.dek, meta(doc, "og:description"));
        assertEquals(canonical(doc), meta(doc, "og:url"));
        assertTrue(meta(doc, "og:image").startsWith("http"));
        assertTrue(Integer.parseInt(meta(doc, "og:image:width")) > 0);
        assertTrue(Integer.parseInt(meta(doc, "og:image:height")) > 0);
        assertEquals(article.leadAlt, meta(doc, "og:image:alt"));
        OffsetDateTime.parse(meta(doc, "article:published_time"));
        assertTrue(doc.select("meta[property=article:modified_time]").isEmpty());
        assertEquals(article.section.name, meta(doc, "article:section"));
        assertEquals(doc.select(".article__tags a").eachText(), doc.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals("summary_large_image", doc.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void substantiveUpdateAddsModifiedTimes() throws Exception {
        Section section = fixtures.section(Fixtures.unique("updated"), null);
        Article article = fixtures.article("Updated story", section, null, null, ArticleStatus.PUBLISHED,
                Instant.now().minusSeconds(7200));
        fixtures.editArticle(article.id, a -> {
            a.updatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            a.kind = ArticleKind.ANALYSIS;
        });
        Document doc = Html.get(article.url());
        JsonNode data = node(doc, "AnalysisNewsArticle");
        assertTrue(OffsetDateTime.parse(data.get("dateModified").asText())
                .isAfter(OffsetDateTime.parse(data.get("datePublished").asText())));
        assertEquals(data.get("dateModified").asText(), meta(doc, "article:modified_time"));
    }

    @Test
    void newsArticleWithoutImageOrTagsStillDescribesItself() throws Exception {
        Section section = fixtures.section(Fixtures.unique("plain"), null);
        Article article = fixtures.article("Plain story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        JsonNode data = node(Html.get(article.url()), "NewsArticle");
        assertNull(data.get("image"));
        assertNull(data.get("keywords"));
        assertEquals(0, data.get("author").size());
    }

    @Test
    void sectionFrontHasVisibleBreadcrumbsAndBreadcrumbList() throws Exception {
        Document doc = Html.get("/politics/congress/");
        assertEquals(List.of("Home", "Politics", "Congress"), doc.select("nav.breadcrumbs li").eachText());
        JsonNode crumbs = node(doc, "BreadcrumbList").get("itemListElement");
        assertEquals(3, crumbs.size());
        assertEquals("Congress", crumbs.get(2).get("name").asText());
        assertEquals(canonical(doc), crumbs.get(2).get("item").asText());
    }

    @Test
    void homeDescribesTheNewsOrganization() throws Exception {
        JsonNode organization = node(Html.get("/"), "NewsMediaOrganization");
        assertEquals("Masthead", organization.get("name").asText());
        assertTrue(organization.get("logo").get("url").asText().endsWith("/assets/logo.png"));
    }

    @Test
    void videoPageHasVideoObjectAndOpenGraph() throws Exception {
        Document list = Html.get("/video/");
        Document doc = Html.get(list.selectFirst(".video-card__title a").attr("href"));
        JsonNode video = node(doc, "VideoObject");
        assertEquals(doc.select("h1").text(), video.get("name").asText());
        assertFalse(video.get("description").asText().isBlank());
        assertTrue(video.get("thumbnailUrl").get(0).asText().startsWith("http"));
        OffsetDateTime.parse(video.get("uploadDate").asText());
        assertTrue(video.get("duration").asText().matches("PT(\\d+H)?(\\d+M)?(\\d+S)?"));
        assertTrue(video.get("contentUrl").asText().endsWith(".webm"));
        assertEquals("video.other", meta(doc, "og:type"));
        assertTrue(Integer.parseInt(meta(doc, "og:image:width")) > 0);
        assertEquals("summary_large_image", doc.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void everyPageHasTitleDescriptionAndCanonical() {
        Article article = demoOpinionWithTags();
        Document articlePage = Html.get(article.url());
        List<String> pages = new ArrayList<>(List.of("/", "/latest/", "/most-popular/", "/politics/", "/politics/congress/",
                "/video/", article.url()));
        pages.add(articlePage.selectFirst(".article__tags a").attr("href"));
        pages.add(articlePage.selectFirst(".article__byline a").attr("href"));
        Document videos = Html.get("/video/");
        pages.add(videos.selectFirst(".subnav a").attr("href"));
        pages.add(videos.selectFirst(".video-card__title a").attr("href"));
        for (String page : pages) {
            Document doc = Html.get(page);
            assertFalse(doc.title().isBlank(), page);
            assertFalse(doc.selectFirst("meta[name=description]").attr("content").isBlank(), page);
            assertEquals(1, doc.select("link[rel=canonical]").size(), page);
            assertTrue(canonical(doc).matches("https?://.+" + java.util.regex.Pattern.quote(page)), page);
        }
    }

    @Test
    void hostileTextCannotBreakOutOfPagesOrStructuredData() throws Exception {
        String hostile = Hostile.TEXT;
        Section section = fixtures.section(Fixtures.unique("hostile-page"), null);
        Author author = fixtures.author(Fixtures.unique("hostile-author"), true);
        Tag tag = fixtures.tag(Fixtures.unique("hostile-label"));
        Article article = fixtures.article("Hostile page", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        var image = fixtures.anyImage();
        fixtures.editArticle(article.id, a -> {
            a.headline = hostile;
            a.dek = hostile;
            a.leadImage = image;
            a.leadAlt = hostile;
            a.leadCredit = hostile;
            a.kind = ArticleKind.OPINION;
        });
        fixtures.renameTag(tag.id, hostile);
        fixtures.renameAuthor(author.id, hostile);

        for (String page : List.of(article.url(), section.url(), tag.url(), author.url(), "/")) {
            Document doc = Html.get(page);
            for (Element script : doc.select("script")) {
                assertTrue(script.hasAttr("src") || script.attr("type").equals("application/ld+json"), page);
            }
            for (Element script : doc.select("script[type=application/ld+json]")) {
                JSON.readTree(script.data());
                assertFalse(script.data().contains("<"), page + " JSON-LD holds a raw <");
            }
        }
        Document doc = Html.get(article.url());
        JsonNode data = node(doc, "OpinionNewsArticle");
        String headline = data.get("headline").asText();
        // Stored as plain text: control characters and lone surrogates were dropped on save.
        assertEquals(PlainText.line(hostile), headline);
        assertTrue(headline.contains("📰 مرحبا"));
        assertEquals(data.get("headline").asText(), data.get("author").get(0).get("name").asText());
        assertTrue(meta(doc, "og:title").startsWith("<script>alert('x')</script> & \"q\" ]]> </script><!--"));
        assertTrue(doc.selectFirst("h1").text().startsWith("<script>alert('x')</script> & \"q\" ]]> </script><!--"));
    }

    static JsonNode node(Document doc, String type) throws Exception {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (type.equals(node.path("@type").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + doc.select("script[type=application/ld+json]"));
    }

    static String meta(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "]");
        assertTrue(meta != null, "no " + property);
        return meta.attr("content");
    }

    static String canonical(Document doc) {
        return doc.selectFirst("link[rel=canonical]").attr("href");
    }

    Article demoOpinionWithTags() {
        return fixtures.demoOpinionWithTags();
    }
}
