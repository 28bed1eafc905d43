package io.masthead.search;

import java.util.List;

/** How passages of an article are put together for a result: the same for both engines. */
public final class Snippets {

    /** Between two passages taken from different places of a body. */
    public static final String GAP = " … ";
    private static final int OPENING = 200;

    private Snippets() {
    }

    public static String join(List<String> passages) {
        return String.join(GAP, passages.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    /** The start of a text when no match is in it, cut at a word. */
    public static String opening(String text) {
        if (text == null || text.length() <= OPENING) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > OPENING / 2 ? cut : OPENING) + "…";
    }
}
