package io.masthead.search;

/** One page of a search: the query, its filters and order, and where the previous page ended. */
public record SearchRequest(SearchQuery query, SearchFilters filters, SearchSort sort, SearchCursor after, int size) {
}
