package io.masthead.admin.article;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.article.Correction;
import io.masthead.media.Image;
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
        List<ReviewNote> notes, Image keptImage, ArticleAutosave autosave) {

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

    /** The lead image shown: one kept from a failed attempt or chosen from the library, else the saved one. */
    public Image shownImage() {
        return keptImage != null ? keptImage : article == null ? null : article.leadImage;
    }

    /** The autosaved copy was typed over an older version than the one saved now. */
    public boolean autosaveBehind() {
        return autosave != null && article != null && autosave.baseVersion != null && autosave.baseVersion != article.version;
    }

    public String autosaveUrl() {
        return article == null ? "/admin/articles/new/autosave" : "/admin/articles/" + article.id + "/autosave";
    }

    public String restoreAutosaveUrl() {
        return article == null ? "/admin/articles/new?autosave=restore" : "/admin/articles/" + article.id + "?autosave=restore";
    }

    public int wordCount() {
        return WordCount.words(form.body);
    }

    public int readingMinutes() {
        return WordCount.minutes(form.body);
    }

    /** Save-and-act buttons sit in the form itself, so what is on screen is saved before the piece moves on. */
    public boolean saveAndSubmit() {
        return editable && canSubmit();
    }

    public boolean saveAndPublish() {
        return editable && canPublish();
    }

    public boolean saveAndSchedule() {
        return editable && canSchedule();
    }

    /** Actions that take no text from the form, each a small form of its own below it. */
    public boolean otherActions() {
        return canWithdraw() || canReview() || canMarkUpdated() || canFeature() || canUnpublish();
    }
}
