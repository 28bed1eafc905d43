package io.masthead.search;

/** "Did you mean": the corrected query, and the same text with the corrected words marked for the page. */
public record Correction(String query, Highlight shown) {
}
