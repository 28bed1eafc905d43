package io.masthead.admin.article;

/** Words in a Markdown body and the minutes a reader needs at 230 words a minute; the editor page's script counts alike. */
public final class WordCount {

    static final int WORDS_PER_MINUTE = 230;
    /** A token counts when it holds a letter or digit: "##" and "-" alone are markup. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");

    private WordCount() {
    }

    public static int words(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        String text = markdown.replaceAll("!\\[[^\\]]*]\\([^)]*\\)", " ");
        return (int) java.util.Arrays.stream(text.strip().split("\\s+")).filter(w -> WORD.matcher(w).find()).count();
    }

    public static int minutes(String markdown) {
        int words = words(markdown);
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }
}
