package io.masthead.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the matched words marked, as parts a template prints escaped
 * ({@code <mark>{part.text}</mark>}): no HTML is ever built from article text here. Engines mark
 * matches with two control characters that stored text cannot hold (see {@code PlainText}).
 */
public record Highlight(List<Part> parts) {

    public static final char START = '\u0002';
    public static final char END = '\u0003';

    public record Part(String text, boolean marked) {
    }

    public static final Highlight EMPTY = new Highlight(List.of());

    public static Highlight plain(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Highlight(List.of(new Part(text, false)));
    }

    /** Splits text holding {@link #START} and {@link #END} markers; stray markers are dropped. */
    public static Highlight parse(String marked) {
        if (marked == null || marked.isEmpty()) {
            return EMPTY;
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == END) {
                boolean opens = c == START;
                if (opens != inside) {
                    flush(parts, current, inside);
                    inside = opens;
                }
                continue;
            }
            current.append(c);
        }
        flush(parts, current, inside);
        return new Highlight(List.copyOf(parts));
    }

    private static void flush(List<Part> parts, StringBuilder text, boolean marked) {
        if (text.length() > 0) {
            parts.add(new Part(text.toString(), marked));
            text.setLength(0);
        }
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean hasMarks() {
        return parts.stream().anyMatch(Part::marked);
    }

    /** The text without marks, e.g. for a title attribute. */
    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
