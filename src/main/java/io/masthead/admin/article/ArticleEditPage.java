package io.masthead.admin.article;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.article.Correction;
import io.masthead.section.Section;
import io.masthead.user.User;
import java.util.ArrayList;
import java.util.List;

/**
 * The page model of the article form: the typed values, their problems, and which actions this
 * user may take — read from {@link ArticleAction}, the same table the actions check.
 */
public record ArticleEditPage(Article article, ArticleForm form, Errors errors, User user, boolean editable,
        ArticleForm current, List<Section> sections, List<ArticleRevision> revisions, List<Correction> corrections,
        List<ReviewNote> notes) {

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
        return article == null ? "/admin/articles/new" : "/admin/articles/" + article.id;
    }

    public boolean editor() {
        return user.isEditor();
    }

    /** The note is shown while the writer still has to act on it; the history below keeps every round. */
    public boolean changesRequested() {
        return article != null && article.status == ArticleStatus.CHANGES_REQUESTED && article.reviewNote != null;
    }

    public boolean isPublished() {
        return article != null && article.status == ArticleStatus.PUBLISHED;
    }

    public boolean offers(ArticleAction action) {
        return action.offered(user, article);
    }

    public boolean canSubmit() {
        return offers(ArticleAction.SUBMIT);
    }

    public boolean canWithdraw() {
        return offers(ArticleAction.WITHDRAW);
    }

    public boolean canReview() {
        return offers(ArticleAction.REQUEST_CHANGES);
    }

    public boolean canPublish() {
        return offers(ArticleAction.PUBLISH);
    }

    public boolean canSchedule() {
        return offers(ArticleAction.SCHEDULE);
    }

    public boolean canMarkUpdated() {
        return offers(ArticleAction.MARK_UPDATED);
    }

    public boolean canFeature() {
        return offers(ArticleAction.FEATURE);
    }

    public boolean canUnpublish() {
        return offers(ArticleAction.UNPUBLISH);
    }

    public boolean canCorrect() {
        return offers(ArticleAction.CORRECT);
    }

    public List<NewsroomForm.Option> kindOptions() {
        return kinds().stream().map(k -> new NewsroomForm.Option(k.name(), k.label, k.name().equals(form.kind))).toList();
    }

    public List<NewsroomForm.Option> sectionOptions() {
        List<NewsroomForm.Option> options = new ArrayList<>();
        options.add(new NewsroomForm.Option("", "Choose a section", false));
        for (Section s : SectionTree.ordered(sections)) {
            options.add(new NewsroomForm.Option(String.valueOf(s.id), SectionTree.indented(s),
                    String.valueOf(s.id).equals(form.section)));
        }
        return options;
    }

    public String uploadLabel() {
        return article != null && article.leadImage != null ? "Upload a replacement" : "Upload an image";
    }
}
