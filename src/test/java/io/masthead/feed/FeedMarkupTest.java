package io.masthead.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.tag.Tag;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Feed readers decode an item's title and description (and names, categories, credits) as HTML.
 * Read as a reader would — XML first, then the text as HTML — no contributor's text may become an
 * element, and the reader must show exactly the text that was typed.
 */
@QuarkusTest
class FeedMarkupTest {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String[] TEXT_FIELDS = {"title", "description", "dc:creator", "category", "media:description", "media:credit"};

    @Inject
    Fixtures fixtures;

    @Test
    void everyTextFieldDecodesToPlainTextInAReader() throws Exception {
        Section section = fixtures.section(Fixtures.unique("markup"), null);
        Author author = fixtures.author(Fixtures.unique("markup-author"), true);
        Tag tag = QuarkusTransaction.requiringNew().call(() -> fixtures.tag(Fixtures.unique("markup-tag")));
        Article article = fixtures.article("Headline <script>alert(1)</script> & \"Co\"", section, author, tag,
                ArticleStatus.PUBLISHED, Instant.now());
        fixtures.editArticle(article.id, a -> {
            a.dek = "Dek " + IMG;
            a.leadImage = io.masthead.media.Image.findById(fixtures.anyImage().id);
            a.leadAlt = "Alt <svg onload=alert(1)>";
            a.leadCredit = "Credit <iframe src=//evil.example>";
        });
        fixtures.renameAuthor(author.id, "Writer <b onmouseover=alert(1)>Bold</b>");
        fixtures.renameTag(tag.id, "Tag <a href=//evil.example>x</a> " + tag.slug);
        int checked = 0;
        for (String feed : List.of("/rss.xml", section.url() + "rss.xml", "/tag/" + tag.slug + "/rss.xml",
                "/author/" + author.slug + "/rss.xml")) {
            Document xml = parse(feed);
            for (String field : TEXT_FIELDS) {
                for (String text : texts(xml, field)) {
                    Element body = Jsoup.parseBodyFragment(text).body();
                    assertEquals(0, body.children().size(), feed + " " + field + " decodes to markup: " + text);
                    checked++;
                }
            }
            String description = itemDescriptions(xml, article.url()).get(0);
            assertEquals("Dek " + IMG, Jsoup.parseBodyFragment(description).body().text(), "the reader shows what was typed");
        }
        assertTrue(checked > 100, checked + " fields checked");
    }

    private static Document parse(String path) throws Exception {
        byte[] body = given().get(path).then().statusCode(200).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<String> texts(Document xml, String name) {
        NodeList nodes = xml.getElementsByTagName(name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> itemDescriptions(Document xml, String articlePath) {
        List<String> found = new ArrayList<>();
        NodeList items = xml.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Node item = items.item(i);
            String link = child(item, "link");
            if (link != null && link.endsWith(articlePath)) {
                found.add(child(item, "description"));
            }
        }
        assertTrue(!found.isEmpty(), "the article is in the feed");
        return found;
    }

    private static String child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n.getTextContent();
            }
        }
        return null;
    }
}
