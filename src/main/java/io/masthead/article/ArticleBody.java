package io.masthead.article;

import io.masthead.web.SameSitePath;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an article's Markdown into the HTML readers get. Raw HTML in the Markdown is escaped,
 * and the result still passes an allowlist, so no markup a contributor typed reaches readers.
 */
public final class ArticleBody {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?://|mailto:|#).+|" + SameSitePath.PATTERN.pattern());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "code", "pre",
                    "hr", "br", "a", "figure", "figcaption")
            // An image whose source was refused would be invalid HTML: drop it whole.
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(SAFE_LINK).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // Pictures only from this site (uploaded through the newsroom): no reader's browser is sent elsewhere.
            .allowAttributes("src").matching(SameSitePath.PATTERN).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .toFactory();

    private ArticleBody() {
    }

    public static String toHtml(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        // A top-level "# Heading" in a body would compete with the headline: make it a subhead.
        rendered = rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return POLICY.sanitize(rendered);
    }

    /** Plain text of the Markdown, for descriptions and search snippets. */
    public static String toPlainText(String markdown) {
        return org.jsoup.Jsoup.parse(toHtml(markdown)).text();
    }
}
