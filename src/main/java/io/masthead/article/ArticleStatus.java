package io.masthead.article;

/** Where a piece is in its life; {@link #label} is how the newsroom says it. */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished");

    public final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** CSS modifier: "draft", "in-review", ... */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
