package io.masthead.search;

import io.masthead.web.PlainText;
import org.jsoup.parser.Parser;

/**
 * The words of an article body's sanitized HTML, for the index and for snippets: tags dropped
 * (block ends become spaces), entities decoded. The sanitizer's output is regular enough that a
 * scan does what a full parse would, at a fraction of its cost over a million bodies.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        int length = html.length();
        for (int i = 0; i < length; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                if (!inlineTag(html, i + 1) && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i = close;
            } else {
                out.append(c == '\n' || c == '\t' ? ' ' : c);
            }
        }
        String text = out.indexOf("&") >= 0 ? Parser.unescapeEntities(out.toString(), false) : out.toString();
        // An entity can spell a control character that stored text never holds: drop it like PlainText does.
        return PlainText.line(text);
    }

    /** Tags that sit inside a run of text: no word break at them. */
    private static boolean inlineTag(String html, int nameAt) {
        int at = html.charAt(nameAt) == '/' ? nameAt + 1 : nameAt;
        return html.startsWith("a ", at) || html.startsWith("a>", at) || html.startsWith("em>", at)
                || html.startsWith("strong>", at) || html.startsWith("code>", at);
    }
}
