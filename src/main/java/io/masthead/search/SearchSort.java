package io.masthead.search;

/** Best match first (relevance with recency weighed in), or newest first. */
public enum SearchSort {
    RELEVANCE,
    NEWEST
}
