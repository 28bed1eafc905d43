package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Qute escapes everything except {@code .raw} and {@link io.quarkus.qute.RawString}. Each place
 * that turns escaping off is listed here, with the reason it is safe; a new one fails the build
 * until someone has looked at it.
 */
class UnescapedOutputTest {

    /** Template → the one expression allowed to print raw HTML. */
    private static final Map<String, String> RAW_IN_TEMPLATES = Map.of(
            "ArticlePages/show.html", "{article.bodyHtml.raw}", // Markdown rendered with raw HTML off, then sanitized
            "SitePages/show.html", "{page.bodyHtml.raw}");      // the same ArticleBody path, when the page was saved

    /** Source files allowed to make a RawString. */
    private static final List<String> RAW_STRING_MAKERS = List.of(
            "io/masthead/web/JsonLd.java",      // Jackson output with < > & escaped as \\u003c...
            "io/masthead/delivery/DataCache.java"); // HTML our own templates rendered, escaping on

    @Test
    void onlyTheSanitizedArticleBodyIsPrintedRaw() throws IOException {
        Pattern raw = Pattern.compile("\\{[^{}]*\\.raw\\b[^{}]*}|\\|raw\\b");
        Path root = Path.of("src/main/resources/templates");
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                Matcher m = raw.matcher(Files.readString(file));
                while (m.find()) {
                    assertEquals(RAW_IN_TEMPLATES.get(name), m.group(), "unescaped output in " + name);
                    seen.add(name);
                }
            }
        }
        assertEquals(RAW_IN_TEMPLATES.keySet(), seen, "the scan found the known raw output");
    }

    @Test
    void rawStringsAreMadeOnlyWhereTheirContentIsEscapedOrSerialized() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (Files.readString(file).contains("new RawString(")) {
                    assertEquals(true, RAW_STRING_MAKERS.contains(name), "RawString made in " + name);
                }
            }
        }
    }
}
