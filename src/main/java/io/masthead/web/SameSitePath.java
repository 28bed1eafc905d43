package io.masthead.web;

import java.util.regex.Pattern;

/**
 * A path on this site, as an image or video source may be: one leading slash and then neither a
 * slash nor a backslash, and no whitespace or control characters anywhere. Browsers read
 * {@code //host/x}, {@code /\host/x} and {@code /<tab>/host/x} as another host; a CSP would still
 * stop the request, but the content should not rely on that.
 */
public final class SameSitePath {

    /** As a regular expression, for {@code @Pattern} on form input. */
    public static final String REGEX = "/[^/\\\\\\s\\p{Cntrl}][^\\\\\\s\\p{Cntrl}]*";
    public static final Pattern PATTERN = Pattern.compile(REGEX);

    private SameSitePath() {
    }

    public static boolean matches(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }
}
