package io.masthead.feed;

import static io.restassured.RestAssured.given;
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
import io.masthead.web.PlainText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class SitemapsTest {

    static final String SM = Sitemaps.NS;
    static final String NEWS = Sitemaps.NEWS_NS;

    @Inject
    Fixtures fixtures;

    @Test
    void indexPointsToValidPagedSitemapsWithLastmod() throws Exception {
        Document index = xml("/sitemap.xml", schema("siteindex.xsd", true));
        List<String> children = texts(index, SM, "loc");
        assertTrue(children.stream().anyMatch(l -> l.endsWith("/sitemaps/articles-1.xml")), children.toString());
        for (String kind : List.of("pages", "sections-1", "tags-1", "authors-1", "videos-1")) {
            assertTrue(children.stream().anyMatch(l -> l.endsWith("/sitemaps/" + kind + ".xml")), kind);
        }
        for (String child : children) {
            Document sitemap = xml(URI.create(child).getPath(), schema("sitemap.xsd", true));
            NodeList urls = sitemap.getElementsByTagNameNS(SM, "url");
            assertTrue(urls.getLength() > 0 && urls.getLength() <= 50_000, child);
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                assertEquals(1, url.getElementsByTagNameNS(SM, "lastmod").getLength(), child + " url without lastmod");
            }
        }
    }

    @Test
    void pagedSitemapsListPublishedThingsOnly() throws Exception {
        Section section = fixtures.section(Fixtures.unique("mapped"), null);
        Author author = fixtures.author(Fixtures.unique("mapped-writer"), false);
        Tag tag = fixtures.tag(Fixtures.unique("mapped-tag"));
        Tag draftOnly = fixtures.tag(Fixtures.unique("draft-only"));
        Article published = fixtures.article("Mapped story", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        Article draft = fixtures.article("Unmapped draft", section, null, draftOnly, ArticleStatus.DRAFT, Instant.now());

        List<String> articles = locs("/sitemaps/articles-1.xml");
        assertTrue(articles.stream().anyMatch(l -> l.endsWith(published.url())));
        assertFalse(articles.stream().anyMatch(l -> l.endsWith(draft.url())));
        assertTrue(locs("/sitemaps/sections-1.xml").stream().anyMatch(l -> l.endsWith(section.url())));
        List<String> tags = locs("/sitemaps/tags-1.xml");
        assertTrue(tags.stream().anyMatch(l -> l.endsWith(tag.url())));
        assertFalse(tags.stream().anyMatch(l -> l.endsWith(draftOnly.url())));
        assertTrue(locs("/sitemaps/authors-1.xml").stream().anyMatch(l -> l.endsWith(author.url())));
        List<String> videos = locs("/sitemaps/videos-1.xml");
        Html.get(URI.create(videos.get(0)).getPath());
        assertTrue(locs("/sitemaps/pages.xml").stream().anyMatch(l -> l.endsWith("/video/")));
    }

    @Test
    void newsSitemapHasTheLastTwoDaysWithGoogleNewsTags() throws Exception {
        Section section = fixtures.section(Fixtures.unique("newsy"), null);
        Article fresh = fixtures.article("Fresh news", section, null, null, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60));
        Article stale = fixtures.article("Stale news", section, null, null, ArticleStatus.PUBLISHED,
                Instant.now().minus(Duration.ofHours(49)));
        Article draft = fixtures.article("Draft news", section, null, null, ArticleStatus.DRAFT, Instant.now());
        Document doc = xml("/news-sitemap.xml", schema("sitemap.xsd", false));
        List<String> locs = texts(doc, SM, "loc");
        assertTrue(locs.size() <= 1000);
        assertTrue(locs.stream().anyMatch(l -> l.endsWith(fresh.url())));
        assertFalse(locs.stream().anyMatch(l -> l.endsWith(stale.url()) || l.endsWith(draft.url())));
        NodeList news = doc.getElementsByTagNameNS(NEWS, "news");
        assertEquals(locs.size(), news.getLength());
        Element first = (Element) news.item(0);
        Element publication = (Element) first.getElementsByTagNameNS(NEWS, "publication").item(0);
        assertEquals("Masthead", publication.getElementsByTagNameNS(NEWS, "name").item(0).getTextContent());
        assertEquals("en", publication.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent());
        Instant.parse(first.getElementsByTagNameNS(NEWS, "publication_date").item(0).getTextContent());
        assertFalse(first.getElementsByTagNameNS(NEWS, "title").item(0).getTextContent().isBlank());
        List<String> titles = texts(doc, NEWS, "title");
        assertTrue(titles.contains(fresh.headline));
    }

    @Test
    void hostileHeadlinesStayWellFormedInTheNewsSitemap() throws Exception {
        Section section = fixtures.section(Fixtures.unique("hostile-news"), null);
        Article article = fixtures.article("Hostile news", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        fixtures.editArticle(article.id, a -> a.headline = XmlTextTest.HOSTILE);
        Document doc = xml("/news-sitemap.xml", schema("sitemap.xsd", false));
        // Saved without control characters or lone surrogates, the same on H2 and PostgreSQL.
        assertTrue(texts(doc, NEWS, "title").contains(PlainText.line(XmlTextTest.HOSTILE)));
        xml("/sitemaps/articles-1.xml", schema("sitemap.xsd", true));
    }

    @Test
    void robotsNamesBothSitemapsAndKeepsCrawlersOutOfTheNewsroomAndSearch() {
        String robots = given().get("/robots.txt").then().statusCode(200)
                .contentType("text/plain").header("Cache-Control", org.hamcrest.Matchers.startsWith("public, max-age=300"))
                .extract().asString();
        assertTrue(robots.contains("User-agent: *"));
        assertTrue(robots.contains("Disallow: /admin\n"));
        assertTrue(robots.contains("Disallow: /search\n"));
        assertTrue(robots.matches("(?s).*Sitemap: https?://\\S+/sitemap\\.xml\n.*"));
        assertTrue(robots.matches("(?s).*Sitemap: https?://\\S+/news-sitemap\\.xml\n.*"));
    }

    @Test
    void sitemapsAreCachedLikePages() {
        for (String path : List.of("/sitemap.xml", "/sitemaps/articles-1.xml", "/news-sitemap.xml")) {
            given().get(path).then().statusCode(200)
                    .contentType("application/xml")
                    .header("Cache-Control", org.hamcrest.Matchers.startsWith("public, max-age=300"))
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sitemaps/articles-0.xml", "/sitemaps/articles-999999999.xml", "/sitemaps/articles-abc.xml",
        "/sitemaps/articles--1.xml", "/sitemaps/articles-99999999999999999999.xml", "/sitemaps/nope-1.xml",
        "/sitemaps/ARTICLES-1.xml", "/sitemaps/articles-1.json", "/sitemaps/", "/sitemaps/articles-1.xml/x",
        "/sitemaps/%3Cscript%3E-1.xml"})
    void garbageSitemapPagesAre404(String path) {
        // Paths no sitemap route takes fall to the section fronts, which first add their trailing slash.
        Response response = given().redirects().follow(false).urlEncodingEnabled(false).get(path);
        if (response.statusCode() == 301) {
            assertTrue(response.header("Location").endsWith(path + "/"), response.header("Location"));
            path = path + "/";
        }
        Html.get(path, 404);
    }

    static Schema schema(String name, boolean strict) throws Exception {
        String xsd = new String(SitemapsTest.class.getResourceAsStream("/" + name).readAllBytes(), StandardCharsets.UTF_8);
        if (!strict) {
            // Extension elements (news:) have no schema here; they are checked by parsing instead.
            xsd = xsd.replace("processContents=\"strict\"", "processContents=\"lax\"");
        }
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new java.io.StringReader(xsd)));
    }

    static Document xml(String path, Schema schema) throws Exception {
        Response response = given().urlEncodingEnabled(false).get(path);
        assertEquals(200, response.statusCode(), path);
        byte[] body = response.asByteArray();
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static List<String> locs(String path) throws Exception {
        return texts(xml(path, schema("sitemap.xsd", true)), SM, "loc");
    }

    static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
