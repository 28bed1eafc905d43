package io.masthead.article;

public enum ArticleKind {
    NEWS("News"),
    ANALYSIS("Analysis"),
    OPINION("Opinion");

    public final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    /** CSS modifier: "news", "analysis", "opinion". */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isNews() {
        return this == NEWS;
    }
}
