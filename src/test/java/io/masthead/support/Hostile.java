package io.masthead.support;

/** Text a contributor might type to break a page, a feed or a sitemap. */
public final class Hostile {

    public static final String TEXT = "<script>alert('x')</script> & \"q\" ]]> </script><!-- \u0001\u000B\u001F\uFFFE\uFFFF"
            + "\uD800 lone \uDC00 📰 مرحبا \u202Eevil\u202C\ttab\nline";

    private Hostile() {
    }
}
