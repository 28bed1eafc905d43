package io.masthead.admin.article;

import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.user.User;
import io.masthead.web.Cursor;

/**
 * What the article list asks for: whose list (a contributor sees only their own pieces), the
 * words typed, the filters (each null: any), and where the page starts (newest change first).
 */
public record StaffArticleQuery(User viewer, String text, ArticleStatus status, Long sectionId, Long authorId,
        ArticleKind kind, Cursor after, int limit) {

    /** Only this writer's pieces, or null when the viewer may see every piece. */
    public Long ownerId() {
        return viewer.isEditor() ? null : viewer.id;
    }
}
