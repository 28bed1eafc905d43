package io.masthead.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.tag.Tag;
import io.masthead.web.PlainText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jdom2.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class FeedsTest {

    static final String HOSTILE = XmlTextTest.HOSTILE;

    @Inject
    Fixtures fixtures;

    @Test
    void siteFeedHasTheLatestFiftyWithEveryField() throws Exception {
        Channel feed = rss("/rss.xml");
        assertEquals("Masthead", feed.getTitle());
        assertTrue(feed.getLink().endsWith("/"));
        assertEquals(50, feed.getItems().size());
        Item first = feed.getItems().get(0);
        assertTrue(first.getLink().startsWith("http"));
        assertTrue(first.getGuid().isPermaLink());
        assertEquals(first.getLink(), first.getGuid().getValue());
        Instant previous = Instant.MAX;
        for (Item item : feed.getItems()) {
            assertFalse(item.getTitle().isBlank());
            assertTrue(item.getPubDate() != null, item.getTitle());
            assertFalse(item.getPubDate().toInstant().isAfter(previous), "newest first");
            previous = item.getPubDate().toInstant();
        }
        Item withEverything = feed.getItems().stream()
                .filter(i -> !i.getCategories().isEmpty() && media(i) != null && !creators(i).isEmpty())
                .findFirst().orElseThrow();
        assertFalse(withEverything.getDescription().getValue().isBlank());
        Element media = media(withEverything);
        assertTrue(media.getAttributeValue("url").matches("https?://.+/media/[0-9a-f]{32}-\\d+\\.jpg"));
        assertEquals("image/jpeg", media.getAttributeValue("type"));
        assertTrue(Integer.parseInt(media.getAttributeValue("width")) > 0);
        assertTrue(Integer.parseInt(media.getAttributeValue("height")) > 0);
        given().get(java.net.URI.create(media.getAttributeValue("url")).getPath()).then().statusCode(200);
        Html.get(java.net.URI.create(withEverything.getLink()).getPath());
    }

    @Test
    void sectionTagAndAuthorFeedsHoldOnlyTheirArticles() throws Exception {
        Section parent = fixtures.section(Fixtures.unique("feedsec"), null);
        Section child = fixtures.section(Fixtures.unique("sub"), parent);
        Author author = fixtures.author(Fixtures.unique("feedwriter"), false);
        Tag tag = fixtures.tag(Fixtures.unique("feedtag"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Article inChild = fixtures.article("In the subsection", child, author, tag, ArticleStatus.PUBLISHED, now);
        Article inParent = fixtures.article("In the section", parent, null, null, ArticleStatus.PUBLISHED, now.minusSeconds(60));
        fixtures.article("A draft", parent, author, tag, ArticleStatus.DRAFT, now);

        assertEquals(List.of(inChild.headline, inParent.headline), titles(rss(parent.url() + "rss.xml")));
        assertEquals(List.of(inChild.headline), titles(rss(child.url() + "rss.xml")));
        Channel byTag = rss(tag.url() + "rss.xml");
        assertEquals(List.of(inChild.headline), titles(byTag));
        assertEquals(List.of(tag.name), byTag.getItems().get(0).getCategories().stream().map(c -> c.getValue()).toList());
        Channel byAuthor = rss(author.url() + "rss.xml");
        assertEquals(List.of(inChild.headline), titles(byAuthor));
        assertEquals(List.of(author.name), creators(byAuthor.getItems().get(0)));
        assertEquals(now, byAuthor.getItems().get(0).getPubDate().toInstant());
    }

    @Test
    void hostileTextStaysWellFormedInEveryFeed() throws Exception {
        Section section = fixtures.section(Fixtures.unique("hostile"), null);
        Author author = fixtures.author(Fixtures.unique("hostile-writer"), false);
        Tag tag = fixtures.tag(Fixtures.unique("hostile-tag"));
        Article article = fixtures.article("Hostile", section, author, tag, ArticleStatus.PUBLISHED, Instant.now());
        Image image = fixtures.anyImage();
        fixtures.editArticle(article.id, a -> {
            a.headline = HOSTILE;
            a.dek = HOSTILE;
            a.kind = ArticleKind.OPINION;
            a.leadImage = image;
            a.leadAlt = HOSTILE;
            a.leadCredit = HOSTILE;
        });
        fixtures.renameTag(tag.id, HOSTILE);
        fixtures.renameAuthor(author.id, HOSTILE);
        // Stored without control characters or lone surrogates (the same on H2 and PostgreSQL), so
        // the feeds carry exactly the stored text; XmlText.legal still guards rows saved before that.
        String clean = PlainText.line(HOSTILE);

        for (String path : List.of("/rss.xml", section.url() + "rss.xml", tag.url() + "rss.xml", author.url() + "rss.xml")) {
            Channel feed = rss(path);
            Item item = feed.getItems().stream().filter(i -> i.getLink().endsWith(article.id + "-hostile"))
                    .findFirst().orElseThrow(() -> new AssertionError(path + " lacks the article"));
            // Readers decode these as HTML: what they show after that is the stored text (see FeedMarkupTest).
            assertEquals(clean.strip(), html(item.getTitle()).strip(), path);
            assertEquals(clean.strip(), html(item.getDescription().getValue()).strip(), path);
            assertEquals(List.of(clean.strip()), item.getCategories().stream().map(c -> html(c.getValue()).strip()).toList());
            assertEquals(List.of(clean.strip()), creators(item).stream().map(c -> html(c).strip()).toList());
            assertEquals(clean.strip(), html(media(item).getChildText("credit", media(item).getNamespace())).strip());
        }
    }

    private static String html(String text) {
        return org.jsoup.parser.Parser.unescapeEntities(text, false);
    }

    @Test
    void feedsAnswerWithTheirTypeAndCaching() {
        given().get("/rss.xml").then().statusCode(200)
                .header("Content-Type", "application/rss+xml;charset=UTF-8")
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public, max-age=300"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().get("/politics/congress/rss.xml").then().statusCode(200);
    }

    @Test
    void pagesLinkToTheirFeed() {
        Section section = fixtures.section(Fixtures.unique("discover"), null);
        Author author = fixtures.author(Fixtures.unique("discoverer"), false);
        Tag tag = fixtures.tag(Fixtures.unique("discovered"));
        // A tag page exists once a published article carries the tag.
        fixtures.article("Discovered story", section, author, tag, ArticleStatus.PUBLISHED, Fixtures.LONG_AGO);
        for (String page : List.of("/", section.url(), tag.url(), author.url(), "/politics/congress/")) {
            Document doc = Html.get(page);
            String href = doc.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href");
            assertTrue(href.matches("https?://.+" + (page.equals("/") ? "/" : page) + "rss.xml"), page + " -> " + href);
            given().get(java.net.URI.create(href).getPath()).then().statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tag/nope/rss.xml", "/author/nobody-here/rss.xml", "/no-such-section/rss.xml",
        "/politics/nothing/rss.xml", "/tag/%3Cscript%3E/rss.xml", "/a/b/c/rss.xml"})
    void unknownFeedsAre404(String path) {
        Html.get(path, 404);
    }

    static Channel rss(String path) throws Exception {
        Response response = given().urlEncodingEnabled(false).get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.contentType().startsWith("application/rss+xml"), path);
        byte[] body = response.asByteArray();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        WireFeedInput input = new WireFeedInput();
        Channel channel = (Channel) input.build(new StringReader(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("rss_2.0", channel.getFeedType());
        return channel;
    }

    static List<String> titles(Channel feed) {
        return feed.getItems().stream().map(Item::getTitle).toList();
    }

    static List<String> creators(Item item) {
        DCModule dc = (DCModule) item.getModule(DCModule.URI);
        return dc == null ? List.of() : dc.getCreators();
    }

    static Element media(Item item) {
        return item.getForeignMarkup().stream().filter(e -> e.getName().equals("content")).findFirst().orElse(null);
    }
}
