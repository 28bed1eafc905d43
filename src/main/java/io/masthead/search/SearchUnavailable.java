package io.masthead.search;

/** The search index is being built (after an upgrade or a restore); the rest of the site works. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(String message) {
        super(message, null, false, false);
    }
}
