package io.masthead.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.section.Section;
import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is typed into the search box or the address bar, the answer is a page in the site
 * layout (results, nothing, or a 400 that says what was wrong), never a 500, a stack trace or a
 * word of the engines' own query syntax.
 */
@QuarkusTest
class SearchBadInputTest {

    /** What an engine says when it is handed syntax it cannot read. */
    private static final List<String> ENGINE_WORDS = List.of("exception", "tsquery", "tsvector", "lucene", "syntax error",
            "parseexception", "org.", "java.", "sql", "stack");

    @Inject
    SearchFixtures search;

    private static String word;

    @BeforeEach
    void someArticlesToFind() {
        if (word == null) {
            word = SearchFixtures.word();
            Section section = search.desk();
            search.article(SearchFixtures.Spec.of("Field value and the ((( council " + word, "Operators field:value * and : and \\ "
                    + word + " مرحبا بالعالم 📰 drop table", section));
            search.indexed();
        }
    }

    static Stream<String> queries() {
        return Stream.of("", " ", "   \t  ", "the of and", "the", "\"", "\"\"\"\"", "\"unbalanced " + "quote", "-", "- - -",
                "--", "-the", "OR", "OR OR OR", "council OR", "OR council", "-council", "*:*", "*", "?", "field:value",
                "headline:council", "\\", "\\\\\\", "council\\", "((((", "))))", "(council) AND [x]", "{!lucene q.op=OR}council",
                "council~2", "council^10", "+council +-", "&&", "||", "!council", "<->", "a:*", "'", "''", "\\u0000",
                "\u0001\u0002\u001f", "council\u0000", "\uD800", "\uDC00council", "مرحبا", "\u202Eevil\u202C", "📰",
                "📰📰📰", "'; drop table article; --", "1=1 OR 1=1", "council' OR '1'='1", "%", "_", "%%council%%",
                "<script>alert(1)</script>", "&amp;", "\u00A0\u2003\u3000", "x".repeat(300), ("council " + "y".repeat(40) + " ").repeat(8),
                "a b c d e f g h i j k l m n o p q r s t u v w x y z", "\"" + "council ".repeat(60) + "\"");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void oddQueriesGiveAPageNeverAnError(String query) {
        String path = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        Response response = given().redirects().follow(false).urlEncodingEnabled(false).get(path);
        assertEquals(200, response.statusCode(), () -> query + " -> " + response.statusCode());
        assertCleanPage(Html.get(path), query);
    }

    @Test
    void theQueryLanguageStillFindsTheArticleAmongTheOddCharacters() {
        for (String query : List.of(word, "(" + word + ")", word + " field:value", "\\" + word, "*:* " + word, word + " \"",
                word + " OR", "\"" + word, "((((" + word, word + "~", "+" + word, word + "^", "[" + word + "]", word + " مرحبا")) {
            Document page = Html.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertEquals(1, page.select(".search-result").size(), query);
        }
    }

    @Test
    void tenKilobytesOfTextAreRefusedWithAClearPage() {
        String query = ("council " + word + " ").repeat(10_240 / (9 + word.length()) + 1);
        Response response = given().urlEncodingEnabled(false).get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertTrue(page.selectFirst("main").text().contains("too long"), page.selectFirst("main").text());
        assertFalse(page.select("header.site-header").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursor=garbage", "cursor=r1.zz.1", "cursor=r1764400000000.zz.1", "cursor=n-5.1",
        "cursor=n1764400000123456", "cursor=r99999999999999.3ff0000000000000.1", "cursor=r1764400000000.7ff0000000000000.1",
        "cursor=r1764400000000.fff0000000000000.1", "cursor=%00", "cursor=n1764400000123456.1&sort=relevance",
        "sort=newest&cursor=r1764400000000.3ff0000000000000.1", "cursor=r1764400000000.3ff0000000000000.99999999999999999999",
        "from=yesterday", "from=2026-02-30", "to=99999-01-01", "from=1066-10-14", "to=2026-13-01", "from=2026-03-14&to=2026-03-01",
        "date=decade", "date=%27%3B--", "section=no-such-section", "section=..%2F..%2Fetc", "section=%00",
        "author=nobody-at-all", "author=%3Cscript%3E", "kind=poem", "kind=NEWS", "sort=random", "size=0", "size=51", "size=abc",
        "size=-1"})
    void garbageParametersAre400PagesInTheLayout(String parameters) {
        Document page = Html.get("/search?q=" + word + "&" + parameters, 400);
        assertFalse(page.select("header.site-header").isEmpty());
        assertEquals("That request did not make sense to us", page.selectFirst("h1").text());
        assertCleanPage(page, parameters);
    }

    private static void assertCleanPage(Document page, String input) {
        // Results quote articles, which may say anything; everything else on the page is ours.
        page.select(".search-result").remove();
        String main = page.selectFirst("main").text().toLowerCase(Locale.ROOT);
        for (String engineWord : ENGINE_WORDS) {
            assertFalse(main.contains(engineWord), () -> input + ": the page says \"" + engineWord + "\": " + main);
        }
        assertFalse(page.select("header.site-header").isEmpty(), input);
    }
}
