package io.masthead.web;

/**
 * Plain text as Masthead stores it: headlines, deks, names, captions, credits, notes. Whatever a
 * contributor pastes, no reader should ever be sent a control character, a noncharacter or half
 * of a surrogate pair: HTML checkers flag them, XML cannot hold them, and the databases disagree
 * about them (H2 keeps a lone surrogate, PostgreSQL turns it into '?'). So they are dropped
 * before anything is saved, and both databases hold the same text.
 * <p>
 * Everything else is kept as typed: emoji, right-to-left text, bidirectional marks, quotes.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * A one-line field (headline, name, credit, alt text): tabs and line breaks become one space
     * each run, the rest of the unwanted characters go, and the ends are trimmed.
     */
    public static String line(String text) {
        return clean(text, true);
    }

    /**
     * A field of several lines (bio, note, Markdown): tab and line feed are kept, CR LF and CR
     * become LF, the rest of the unwanted characters go. Leading indentation is kept.
     */
    public static String text(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean oneLine) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inBreak = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            char c = text.charAt(i);
            i += width;
            if (Character.isSurrogate(c) && width == 1) {
                continue;
            }
            if (oneLine && isBreak(cp)) {
                if (!inBreak) {
                    out.append(' ');
                    inBreak = true;
                }
                continue;
            }
            inBreak = false;
            if (!oneLine && cp == '\r') {
                out.append('\n');
                if (i < length && text.charAt(i) == '\n') {
                    i++;
                }
                continue;
            }
            if (cp == '\t' || cp == '\n' || !isUnwanted(cp)) {
                out.appendCodePoint(cp);
            }
        }
        String cleaned = oneLine ? out.toString().strip() : out.toString();
        return cleaned.equals(text) ? text : cleaned;
    }

    private static boolean isBreak(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * C0 controls, DEL and C1 controls, and the noncharacters (U+FDD0..U+FDEF and the last two
     * code points of every plane): what the HTML standard calls a parse error in text.
     */
    static boolean isUnwanted(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE;
    }
}
