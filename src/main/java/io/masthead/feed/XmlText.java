package io.masthead.feed;

/**
 * Text as XML 1.0 can hold it. Escaping alone is not enough: a control character or a lone
 * surrogate in a headline makes the whole feed unreadable, and no escape exists for them.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text without the characters XML 1.0 forbids; everything else (emoji, RTL marks) is kept. */
    public static String legal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                keep = true;
                width = 2;
            } else {
                keep = isLegalChar(c);
            }
            if (!keep && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            } else if (keep && out != null) {
                out.append(text, i, i + width);
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }

    /** Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (pairs are checked by the caller). */
    private static boolean isLegalChar(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
