package io.masthead.admin.article;

/** Someone saved the article since this form was loaded; nothing was changed. */
public class StaleVersion extends RuntimeException {

    public final long articleId;

    StaleVersion(long articleId) {
        super("Stale version", null, false, false);
        this.articleId = articleId;
    }
}
