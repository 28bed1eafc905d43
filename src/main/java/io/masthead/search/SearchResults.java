package io.masthead.search;

import java.util.List;

/**
 * A page of hits. {@code total} is exact up to a bound (at most {@link #COUNT_BOUND}; each engine
 * says its own); past it {@code total} is the bound and {@code totalIsLowerBound} says "more than",
 * instead of counting a million matches. {@code next} is null on the last page.
 */
public record SearchResults(List<SearchHit> hits, long total, boolean totalIsLowerBound, SearchCursor next) {

    public static final int COUNT_BOUND = 1000;

    public static final SearchResults NONE = new SearchResults(List.of(), 0, false, null);
}
