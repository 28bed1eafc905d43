package io.masthead.admin;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.article.Correction;
import io.masthead.section.Section;
import io.masthead.user.User;
import java.util.List;

/** Everything the article form page shows: the typed values, their problems and what this user may do. */
public record ArticleEditor(Article article, ArticleForm form, Errors errors, User user, boolean editable,
        ArticleForm current, List<Section> sections, List<ArticleRevision> revisions, List<Correction> corrections) {

    public List<ArticleKind> kinds() {
        return List.of(ArticleKind.values());
    }

    public boolean isNew() {
        return article == null;
    }

    public boolean conflict() {
        return current != null;
    }

    public String action() {
        return article == null ? "/admin/articles" : "/admin/articles/" + article.id;
    }

    public boolean editor() {
        return user.isEditor();
    }

    public boolean canSubmit() {
        return article != null && (article.status == ArticleStatus.DRAFT || article.status == ArticleStatus.CHANGES_REQUESTED);
    }

    public boolean canWithdraw() {
        return article != null && article.status == ArticleStatus.IN_REVIEW;
    }

    public boolean canReview() {
        return editor() && article != null && article.status == ArticleStatus.IN_REVIEW;
    }

    public boolean canPublish() {
        return editor() && article != null && article.status != ArticleStatus.PUBLISHED;
    }

    public boolean isPublished() {
        return article != null && article.status == ArticleStatus.PUBLISHED;
    }

    public boolean canUnpublish() {
        return editor() && article != null
                && (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED);
    }

    public boolean canCorrect() {
        return editor() && article != null
                && (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.UNPUBLISHED);
    }

    public boolean selected(Section section) {
        return String.valueOf(section.id).equals(form.section);
    }

    public boolean selectedKind(ArticleKind kind) {
        return kind.name().equals(form.kind);
    }
}
