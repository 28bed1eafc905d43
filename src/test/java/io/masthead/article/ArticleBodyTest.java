package io.masthead.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleBodyTest {

    @Test
    void markdownBecomesParagraphsSubheadsQuotesAndSafeLinks() {
        Document doc = Jsoup.parseBodyFragment(ArticleBody.toHtml("""
                # Top

                First *para* with [a link](https://example.org/x).

                ## Subhead

                > A quote
                """));
        assertEquals("Top", doc.select("h2").first().text());
        assertEquals(0, doc.select("h1").size());
        assertEquals("https://example.org/x", doc.selectFirst("a").attr("href"));
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"),
                java.util.Set.of(doc.selectFirst("a").attr("rel").split(" ")));
        assertEquals(1, doc.select("blockquote").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
        "![x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil.example></iframe>",
        "[x](  JaVaScRiPt:alert(1))", "<svg onload=alert(1)>", "<div style=\"background:url(x)\">x</div>",
        "![x](http://insecure.example/a.png)", "[x](data:text/html;base64,PHNjcmlwdD4=)"})
    void hostileMarkdownNeverBecomesExecutableMarkup(String hostile) {
        Document doc = Jsoup.parseBodyFragment(ArticleBody.toHtml(hostile + "\n\nafter"));
        assertTrue(doc.select("script, iframe, svg, [onerror], [onload], [style]").isEmpty(), doc.html());
        doc.select("a[href]").forEach(a -> assertTrue(a.attr("href").matches("(?i)(https?:|mailto:|/).*"), a.outerHtml()));
        doc.select("a").forEach(a -> assertTrue(a.hasAttr("href") ? !a.attr("href").isBlank() : true, a.outerHtml()));
        doc.select("img").forEach(img -> assertTrue(img.attr("src").matches("/[^/\\\\].*"), img.outerHtml()));
    }

    /** Images only from this site: a browser reads {@code /\\host} and {@code //host} as another host. */
    @ParameterizedTest
    @ValueSource(strings = {"![x](https://tracker.example/pixel.png)", "![x](//evil.example/a.png)",
        "![x](/\\evil.example/a.png)", "<img src=\"/\\evil.example/a.png\">", "![x](http://evil.example/a.png)"})
    void imagesFromOtherHostsAreDropped(String markdown) {
        Document doc = Jsoup.parseBodyFragment(ArticleBody.toHtml(markdown));
        doc.select("img").forEach(img -> {
            String src = img.attr("src");
            assertTrue(src.matches("/[^/\\\\\\s][^\\\\\\s]*") && !src.contains("evil"), img.outerHtml());
        });
        assertTrue(doc.select("img[src*=evil], img[src*=tracker]").isEmpty(), doc.html());
    }

    @Test
    void imagesFromThisSiteStay() {
        Document doc = Jsoup.parseBodyFragment(ArticleBody.toHtml("![A chart](/media/0123456789abcdef0123456789abcdef-640.jpg)"));
        assertEquals("/media/0123456789abcdef0123456789abcdef-640.jpg", doc.selectFirst("img").attr("src"));
        assertEquals("A chart", doc.selectFirst("img").attr("alt"));
    }
}
