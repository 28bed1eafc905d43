package io.masthead.admin.article;

import io.masthead.admin.Errors;
import io.masthead.admin.Invalid;
import io.masthead.article.Article;
import io.masthead.article.ArticleSlug;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.section.Section;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Writing an article: a new draft, and every later save of the form. Each save checks the form,
 * refuses a stale version (someone saved meanwhile), and leaves a revision.
 */
@ApplicationScoped
public class ArticleDrafts {

    private final EntityManager em;
    private final Validator validator;
    private final ArticleAccess access;
    ArticleDrafts(EntityManager em, Validator validator, ArticleAccess access) {
        this.em = em;
        this.validator = validator;
        this.access = access;
    }

    @Transactional
    public Article create(User actor, ArticleForm form, Image leadImage) {
        Errors errors = check(form);
        Section section = sectionOrError(form, errors);
        List<Author> authors = actor.isEditor() ? authorsOrError(form, errors) : ownAuthor(actor);
        Invalid.unless(errors);
        Instant now = Instant.now();
        Article article = new Article();
        article.status = ArticleStatus.DRAFT;
        article.createdBy = actor;
        article.createdAt = now;
        article.bodyMarkdown = "";
        ArticleContent.fromForm(form, article, section, actor, now);
        attach(article, leadImage);
        article.persist();
        BylinesAndTags.link(article, authors, form.tagNames());
        em.flush();
        ArticleSlug.remember(article, now);
        ArticleRevision.of(article, actor).persist();
        return article;
    }

    @Transactional
    public Article save(User actor, long id, ArticleForm form, Image leadImage) {
        Article article = access.editable(actor, id);
        Integer version = form.versionValue();
        if (version == null || version != article.version) {
            throw new StaleVersion(id);
        }
        Errors errors = check(form);
        Section section = sectionOrError(form, errors);
        List<Author> authors = actor.isEditor() ? authorsOrError(form, errors) : null;
        Invalid.unless(errors);
        Instant now = Instant.now();
        ArticleContent.fromForm(form, article, section, actor, now);
        attach(article, leadImage);
        BylinesAndTags.link(article, authors, form.tagNames());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(id);
        }
        ArticleSlug.remember(article, now);
        ArticleRevision.of(article, actor).persist();
        return article;
    }

    /** The form cleaned as it will be stored, then checked field by field. */
    private Errors check(ArticleForm form) {
        form.clean();
        return Errors.of(validator.validate(form));
    }

    private void attach(Article article, Image leadImage) {
        if (leadImage != null) {
            article.leadImage = em.merge(leadImage);
        }
    }

    private static Section sectionOrError(ArticleForm form, Errors errors) {
        Long id = form.sectionId();
        Section section = id == null ? null : Section.findById(id);
        if (section == null && !errors.has("section")) {
            errors.add("section", "Choose a section.");
        }
        return section;
    }

    private static List<Author> authorsOrError(ArticleForm form, Errors errors) {
        List<String> entries = form.authorEntries();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Author> candidates = Author.list("lower(slug) in ?1 or lower(name) in ?1", entries);
        List<Author> byline = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : entries) {
            candidates.stream().filter(a -> a.slug.equals(entry)).findFirst()
                    .or(() -> candidates.stream().filter(a -> a.name.toLowerCase(Locale.ROOT).equals(entry)).findFirst())
                    .ifPresentOrElse(a -> {
                        if (!byline.contains(a)) {
                            byline.add(a);
                        }
                    }, () -> unknown.add(entry));
        }
        if (!unknown.isEmpty()) {
            errors.add("authors", "No author is called " + String.join(", ", unknown)
                    + ". Choose a name from the list, or add a guest author first.");
            return List.of();
        }
        return byline;
    }

    private static List<Author> ownAuthor(User actor) {
        return actor.author == null ? List.of() : List.of(actor.author);
    }
}
