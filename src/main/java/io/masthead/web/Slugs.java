package io.masthead.web;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    public static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /**
     * The one slug rule: lowercase words of letters and digits joined by single hyphens, what
     * {@link #of} makes. Route templates, finders and newsroom forms all use it.
     */
    public static final String RULE = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final int MAX_TYPED = 120;
    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile(RULE);

    /**
     * Whether a slug from a URL could be one of ours. Finders check it before querying: a NUL
     * byte or a 3,000-character slug never reaches the database (PostgreSQL refuses NUL outright).
     */
    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= MAX_TYPED && WELL_FORMED.matcher(slug).matches();
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH);
            int lastHyphen = ascii.lastIndexOf('-');
            if (lastHyphen > MAX_LENGTH / 2) {
                ascii = ascii.substring(0, lastHyphen);
            }
        }
        return ascii.isEmpty() ? "untitled" : ascii;
    }
}
