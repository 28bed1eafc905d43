package io.masthead.admin.article;

import io.masthead.admin.AuditLog;
import io.masthead.admin.Errors;
import io.masthead.admin.FormText;
import io.masthead.admin.Invalid;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.article.Correction;
import io.masthead.user.User;
import io.masthead.web.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The article lifecycle. Each action is checked against {@link ArticleAction} — the role (403),
 * whether this user may see the piece (404), its state (409) — on the piece locked for the
 * transaction, then executed. Resources only translate HTTP.
 */
@ApplicationScoped
public class ArticleActions {

    private final EntityManager em;
    private final Site site;
    private final ArticleAccess access;
    ArticleActions(EntityManager em, Site site, ArticleAccess access) {
        this.em = em;
        this.site = site;
        this.access = access;
    }

    /** The piece, locked, once the role and the visibility allow the action; the state is the caller's to check. */
    private Article lockedFor(ArticleAction action, User actor, long id) {
        action.checkRole(actor);
        return access.locked(actor, id);
    }

    private Article checked(ArticleAction action, User actor, long id) {
        Article article = lockedFor(action, actor, id);
        action.checkState(article);
        return article;
    }

    @Transactional
    public void submit(User actor, long id) {
        Article article = checked(ArticleAction.SUBMIT, actor, id);
        article.status = ArticleStatus.IN_REVIEW;
        // The note was answered by this round; it stays in the review history.
        article.reviewNote = null;
        touch(article);
    }

    @Transactional
    public void withdraw(User actor, long id) {
        Article article = checked(ArticleAction.WITHDRAW, actor, id);
        article.status = ArticleStatus.DRAFT;
        touch(article);
    }

    @Transactional
    public void requestChanges(User actor, long id, String note) {
        Article article = checked(ArticleAction.REQUEST_CHANGES, actor, id);
        String text = FormText.text(note);
        if (text == null || text.length() > 2000) {
            throw Invalid.of("note", "Write a note of up to 2,000 characters for the writer.");
        }
        article.status = ArticleStatus.CHANGES_REQUESTED;
        article.reviewNote = text;
        ReviewNote.add(article, actor, text);
        touch(article);
        audit(actor, "REQUEST_CHANGES", article, null);
    }

    /** Publishes now; a second, concurrent publish of the same piece finds it published and does nothing. */
    @Transactional
    public boolean publish(User actor, long id) {
        Article article = lockedFor(ArticleAction.PUBLISH, actor, id);
        if (article.status == ArticleStatus.PUBLISHED) {
            return false;
        }
        ArticleAction.PUBLISH.checkState(article);
        requirePublishable(article);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (article.status == ArticleStatus.SCHEDULED || article.publishedAt == null) {
            article.publishedAt = now;
        }
        article.status = ArticleStatus.PUBLISHED;
        article.reviewNote = null;
        article.syncListing();
        touch(article);
        audit(actor, "PUBLISH", article, null);
        return true;
    }

    /** Schedules for a local date and time in the site's time zone. */
    @Transactional
    public void schedule(User actor, long id, String localDateTime) {
        Article article = checked(ArticleAction.SCHEDULE, actor, id);
        Instant at;
        try {
            at = LocalDateTime.parse(localDateTime == null ? "" : localDateTime.trim()).atZone(site.zone()).toInstant();
        } catch (RuntimeException e) {
            throw Invalid.of("publishAt", "Give a date and time like 2026-12-01T09:30.");
        }
        if (!at.isAfter(Instant.now())) {
            throw Invalid.of("publishAt", "Choose a time in the future, or publish now.");
        }
        requirePublishable(article);
        article.status = ArticleStatus.SCHEDULED;
        article.publishedAt = at.truncatedTo(ChronoUnit.MICROS);
        article.syncListing();
        touch(article);
        audit(actor, "SCHEDULE", article, at.toString());
    }

    @Transactional
    public void unpublish(User actor, long id) {
        Article article = checked(ArticleAction.UNPUBLISH, actor, id);
        if (article.status == ArticleStatus.SCHEDULED) {
            article.publishedAt = null;
        }
        article.status = ArticleStatus.UNPUBLISHED;
        article.featuredAt = null;
        article.syncListing();
        touch(article);
        audit(actor, "UNPUBLISH", article, null);
    }

    /** Only this sets the "Updated" time readers see; an ordinary save does not. */
    @Transactional
    public void markUpdated(User actor, long id) {
        Article article = checked(ArticleAction.MARK_UPDATED, actor, id);
        article.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        touch(article);
        audit(actor, "MARK_UPDATED", article, null);
    }

    @Transactional
    public void correct(User actor, long id, String note) {
        Article article = checked(ArticleAction.CORRECT, actor, id);
        String text = FormText.text(note);
        if (text == null || text.length() > 2000) {
            throw Invalid.of("correction", "Write the correction, up to 2,000 characters.");
        }
        Correction correction = new Correction();
        correction.article = article;
        correction.note = text;
        correction.createdAt = Instant.now();
        correction.createdBy = actor;
        correction.persist();
        audit(actor, "CORRECT", article, null);
    }

    @Transactional
    public void feature(User actor, long id, boolean featured) {
        Article article = checked(ArticleAction.FEATURE, actor, id);
        article.featuredAt = featured ? Instant.now() : null;
        touch(article);
        audit(actor, featured ? "FEATURE" : "UNFEATURE", article, null);
    }

    /** Puts a revision's words back; the restore is itself a new revision. */
    @Transactional
    public void restore(User actor, long id, long revisionId) {
        Article article = checked(ArticleAction.RESTORE, actor, id);
        ArticleRevision revision = ArticleRevision.findById(revisionId);
        if (revision == null || !revision.article.id.equals(article.id)) {
            throw new NotFoundException();
        }
        ArticleContent.fromRevision(revision, article);
        touch(article);
        em.flush();
        ArticleRevision.of(article, actor).persist();
        audit(actor, "RESTORE", article, "revision " + revisionId);
    }

    /** A revision of a piece, for editors. */
    public ArticleRevision revision(User actor, long id, long revisionId) {
        ArticleAction.RESTORE.checkRole(actor);
        ArticleRevision revision = ArticleRevision.find(
                "select r from ArticleRevision r left join fetch r.user left join fetch r.section where r.id = ?1",
                revisionId).firstResult();
        if (revision == null || !revision.article.id.equals(id)) {
            throw new NotFoundException();
        }
        return revision;
    }

    private static void requirePublishable(Article article) {
        Errors errors = new Errors();
        if (article.leadImage == null) {
            errors.add("leadImage", "Publishing needs a lead image.");
        }
        if (FormText.trim(article.leadAlt) == null) {
            errors.add("leadAlt", "Publishing needs alt text for the lead image.");
        }
        if (FormText.trim(article.leadCredit) == null) {
            errors.add("leadCredit", "Publishing needs a credit for the lead image.");
        }
        Invalid.unless(errors);
    }

    private void touch(Article article) {
        article.modifiedAt = Instant.now();
    }

    static void audit(User actor, String action, Article article, String detail) {
        AuditLog.record(actor == null ? null : actor.username, action, "article " + article.id, detail);
    }
}
