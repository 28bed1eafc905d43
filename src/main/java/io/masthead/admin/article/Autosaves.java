package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Server-side copies of what people are typing. A copy belongs to one person and one piece; it
 * is offered back when that person opens the piece again and it differs from what is saved, and
 * it goes when they save. It never touches the article, so it never overwrites a newer save by
 * someone else: when the piece was saved meanwhile, the offer says so and shows both.
 */
@ApplicationScoped
public class Autosaves {

    public enum Outcome {
        /** Kept; the piece has not changed since the typing started. */
        KEPT,
        /** Kept as this person's copy; someone saved the piece meanwhile, so saving the form will ask. */
        KEPT_BEHIND
    }

    private final ArticleAccess access;

    Autosaves(ArticleAccess access) {
        this.access = access;
    }

    @Transactional
    public Outcome keep(User user, Long articleId, ArticleForm form) {
        form.clean();
        Article article = articleId == null ? null : access.editable(user, articleId);
        ArticleAutosave copy = ArticleAutosave.of(user, articleId).orElseGet(() -> {
            ArticleAutosave fresh = new ArticleAutosave();
            fresh.user = User.findById(user.id);
            fresh.article = article;
            return fresh;
        });
        copy.baseVersion = article == null ? null : form.versionValue();
        copy.savedAt = Instant.now();
        copy.headline = clip(form.headline, 300);
        copy.dek = clip(form.dek, 600);
        copy.bodyMarkdown = clip(form.body, ArticleForm.MAX_BODY);
        copy.authorNote = clip(form.authorNote, 1000);
        copy.tags = clip(form.tags, 2000);
        copy.leadCaption = clip(form.leadCaption, 600);
        copy.leadCredit = clip(form.leadCredit, 200);
        copy.leadAlt = clip(form.leadAlt, 400);
        copy.persist();
        return article != null && copy.baseVersion != null && copy.baseVersion != article.version
                ? Outcome.KEPT_BEHIND : Outcome.KEPT;
    }

    /** This person's copy for the piece, when it holds words the saved piece does not. */
    public Optional<ArticleAutosave> offer(User user, Article article) {
        return ArticleAutosave.of(user, article == null ? null : article.id)
                .filter(copy -> article == null ? hasWords(copy) : differs(copy, ArticleForm.of(article)));
    }

    @Transactional
    public void discard(User user, Long articleId) {
        ArticleAutosave.of(user, articleId).ifPresent(ArticleAutosave::delete);
    }

    private static boolean hasWords(ArticleAutosave copy) {
        return copy.headline != null && !copy.headline.isBlank() || copy.bodyMarkdown != null && !copy.bodyMarkdown.isBlank();
    }

    private static boolean differs(ArticleAutosave copy, ArticleForm saved) {
        return !Objects.equals(blank(copy.headline), blank(saved.headline)) || !Objects.equals(blank(copy.bodyMarkdown), blank(saved.body))
                || !Objects.equals(blank(copy.dek), blank(saved.dek)) || !Objects.equals(blank(copy.tags), blank(saved.tags))
                || !Objects.equals(blank(copy.authorNote), blank(saved.authorNote));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "" : s.strip();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
