package io.masthead.search;

/** One article found: its id, and its headline and a passage of its text with the matched words marked. */
public record SearchHit(long articleId, Highlight headline, Highlight snippet) {
}
