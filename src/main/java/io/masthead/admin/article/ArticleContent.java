package io.masthead.admin.article;

import io.masthead.admin.FormText;
import io.masthead.article.Article;
import io.masthead.article.ArticleBody;
import io.masthead.section.Section;
import io.masthead.user.User;
import io.masthead.web.Slugs;
import java.time.Instant;

/**
 * The one place an article's words are written from outside: from the form (only the fields a
 * user may change, after validation) or back from a revision. Status, authors and publish time
 * are not words: only {@link ArticleActions} and {@link BylinesAndTags} change them.
 */
final class ArticleContent {

    private ArticleContent() {
    }

    static void fromForm(ArticleForm form, Article article, Section section, User actor, Instant now) {
        article.headline = FormText.trim(form.headline);
        article.dek = FormText.trim(form.dek);
        article.bodyMarkdown = form.body == null ? "" : form.body;
        article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
        article.kind = form.kindValue();
        article.placeIn(section);
        article.authorNote = FormText.trim(form.authorNote);
        article.leadCaption = FormText.trim(form.leadCaption);
        article.leadCredit = FormText.trim(form.leadCredit);
        article.leadAlt = FormText.trim(form.leadAlt);
        String slug = FormText.trim(form.slug);
        if (actor.isEditor() && slug != null) {
            article.slug = slug;
        } else if (article.slug == null || article.publishedAt == null && !actor.isEditor()) {
            // Until it is published, a piece's address follows its headline.
            article.slug = Slugs.of(article.headline);
        }
        article.modifiedAt = now;
    }

    static void fromRevision(ArticleRevision revision, Article article) {
        article.headline = revision.headline;
        article.dek = revision.dek;
        article.bodyMarkdown = revision.bodyMarkdown;
        article.bodyHtml = ArticleBody.toHtml(revision.bodyMarkdown);
        article.kind = revision.kind;
        article.placeIn(revision.section);
        article.authorNote = revision.authorNote;
        article.leadCaption = revision.leadCaption;
        article.leadCredit = revision.leadCredit;
        article.leadAlt = revision.leadAlt;
    }
}
