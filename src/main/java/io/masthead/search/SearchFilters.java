package io.masthead.search;

import io.masthead.article.ArticleKind;
import java.time.Instant;

/**
 * What a search is narrowed to; every part may be absent. A top-level section includes its
 * subsections. The dates bound the publication time: {@code from} inclusive, {@code until}
 * exclusive.
 */
public record SearchFilters(Long sectionId, boolean withSubsections, Long authorId, ArticleKind kind, Instant from,
        Instant until) {

    public static final SearchFilters NONE = new SearchFilters(null, false, null, null, null, null);
}
