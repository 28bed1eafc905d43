package io.masthead.article;

public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
