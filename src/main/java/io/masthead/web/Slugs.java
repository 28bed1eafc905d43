package io.masthead.web;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    public static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** A well-formed slug as a regular expression, for route templates. */
    public static final String ROUTE_SLUG = "[a-z0-9][a-z0-9-]{0,119}";
    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile(ROUTE_SLUG);

    /**
     * Whether a slug from a URL could be one of ours. Finders check it before querying: a NUL
     * byte or a 3,000-character slug never reaches the database (PostgreSQL refuses NUL outright).
     */
    public static boolean isWellFormed(String slug) {
        return slug != null && WELL_FORMED.matcher(slug).matches();
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
