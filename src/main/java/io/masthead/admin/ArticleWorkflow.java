package io.masthead.admin;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleBody;
import io.masthead.article.ArticleSlug;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleTag;
import io.masthead.article.Correction;
import io.masthead.author.Author;
import io.masthead.delivery.ContentChanged;
import jakarta.enterprise.event.Event;
import io.masthead.media.Image;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.user.User;
import io.masthead.web.PlainText;
import io.masthead.web.Site;
import io.masthead.web.Slugs;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The article lifecycle, with the rule for every action: who may do it, to whose piece, in which
 * state. Resources only translate HTTP; every check that matters is here, on every request.
 * <p>
 * A contributor reaching someone else's piece gets 404 (its existence is not confirmed); a role
 * that may never do an action gets 403; an action the piece's state does not allow gets 409.
 */
@ApplicationScoped
public class ArticleWorkflow {

    static final Set<ArticleStatus> CONTRIBUTOR_EDITABLE = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED);

    /** The form had problems; nothing was changed. */
    public static class Invalid extends RuntimeException {
        public final transient Errors errors;

        Invalid(Errors errors) {
            super("Invalid input", null, false, false);
            this.errors = errors;
        }
    }

    /** Someone saved the article since this form was loaded; nothing was changed. */
    public static class Conflict extends RuntimeException {
        public final long articleId;

        Conflict(long articleId) {
            super("Stale version", null, false, false);
            this.articleId = articleId;
        }
    }

    private final EntityManager em;
    private final Site site;
    private final Event<ContentChanged> changes;

    ArticleWorkflow(EntityManager em, Site site, Event<ContentChanged> changes) {
        this.em = em;
        this.site = site;
        this.changes = changes;
    }

    /**
     * The article as this user may see it in the newsroom; another contributor's piece does not exist
     * for them. No transaction of its own, so pages render from the request's session.
     */
    public Article visible(User actor, long id) {
        Article article = Article.find("""
                select a from Article a join fetch a.section s left join fetch s.parent left join fetch a.leadImage
                left join fetch a.createdBy where a.id = ?1""", id).firstResult();
        requireVisible(actor, article);
        return article;
    }

    private static void requireVisible(User actor, Article article) {
        if (article == null || !actor.isEditor() && (article.createdBy == null || !article.createdBy.id.equals(actor.id))) {
            throw new NotFoundException();
        }
    }

    public boolean mayEdit(User actor, Article article) {
        return actor.isEditor() || CONTRIBUTOR_EDITABLE.contains(article.status);
    }

    @Transactional
    public Article create(User actor, ArticleForm form, Image leadImage) {
        Errors errors = form.validate();
        Section section = sectionOrError(form, errors);
        List<Author> authors = actor.isEditor() ? authorsOrError(form, errors) : ownAuthor(actor);
        if (errors.any()) {
            throw new Invalid(errors);
        }
        Instant now = Instant.now();
        Article article = new Article();
        article.status = ArticleStatus.DRAFT;
        article.createdBy = actor;
        article.createdAt = now;
        article.bodyMarkdown = "";
        apply(actor, article, form, section, authors, leadImage, now);
        article.persist();
        linkAuthorsAndTags(article, authors, form);
        em.flush();
        ArticleSlug.remember(article, now);
        ArticleRevision.of(article, actor).persist();
        return article;
    }

    @Transactional
    public Article save(User actor, long id, ArticleForm form, Image leadImage) {
        Article article = editable(actor, id);
        Integer version = form.versionValue();
        if (version == null || version != article.version) {
            throw new Conflict(id);
        }
        Errors errors = form.validate();
        Section section = sectionOrError(form, errors);
        List<Author> authors = actor.isEditor() ? authorsOrError(form, errors) : null;
        if (errors.any()) {
            throw new Invalid(errors);
        }
        Instant now = Instant.now();
        apply(actor, article, form, section, authors, leadImage, now);
        linkAuthorsAndTags(article, authors, form);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(id);
        }
        ArticleSlug.remember(article, now);
        ArticleRevision.of(article, actor).persist();
        return article;
    }

    @Transactional
    public void submit(User actor, long id) {
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED);
        article.status = ArticleStatus.IN_REVIEW;
        touch(article);
    }

    @Transactional
    public void withdraw(User actor, long id) {
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.IN_REVIEW);
        article.status = ArticleStatus.DRAFT;
        touch(article);
    }

    @Transactional
    public void requestChanges(User actor, long id, String note) {
        requireEditor(actor);
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.IN_REVIEW);
        String text = ArticleForm.trim(PlainText.text(note));
        if (text == null || text.length() > 2000) {
            throw new Invalid(new Errors().add("note", "Write a note of up to 2,000 characters for the writer."));
        }
        article.status = ArticleStatus.CHANGES_REQUESTED;
        article.reviewNote = text;
        touch(article);
        AuditLog.record(actor.username, "REQUEST_CHANGES", target(article), null);
    }

    /** Publishes now; a second, concurrent publish of the same piece finds it published and does nothing. */
    @Transactional
    public boolean publish(User actor, long id) {
        requireEditor(actor);
        Article article = locked(actor, id);
        if (article.status == ArticleStatus.PUBLISHED) {
            return false;
        }
        requirePublishable(article);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (article.status == ArticleStatus.SCHEDULED || article.publishedAt == null) {
            article.publishedAt = now;
        }
        article.status = ArticleStatus.PUBLISHED;
        article.reviewNote = null;
        article.syncListing();
        touch(article);
        AuditLog.record(actor.username, "PUBLISH", target(article), null);
        return true;
    }

    /** Schedules for a local date and time in the site's time zone. */
    @Transactional
    public void schedule(User actor, long id, String localDateTime) {
        requireEditor(actor);
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.CHANGES_REQUESTED,
                ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED);
        Instant at;
        try {
            at = LocalDateTime.parse(localDateTime == null ? "" : localDateTime.trim()).atZone(site.zone()).toInstant();
        } catch (RuntimeException e) {
            throw new Invalid(new Errors().add("publishAt", "Give a date and time like 2026-12-01T09:30."));
        }
        if (!at.isAfter(Instant.now())) {
            throw new Invalid(new Errors().add("publishAt", "Choose a time in the future, or publish now."));
        }
        requirePublishable(article);
        article.status = ArticleStatus.SCHEDULED;
        article.publishedAt = at.truncatedTo(ChronoUnit.MICROS);
        article.syncListing();
        touch(article);
        AuditLog.record(actor.username, "SCHEDULE", target(article), at.toString());
    }

    @Transactional
    public void unpublish(User actor, long id) {
        requireEditor(actor);
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);
        if (article.status == ArticleStatus.SCHEDULED) {
            article.publishedAt = null;
        }
        article.status = ArticleStatus.UNPUBLISHED;
        article.featuredAt = null;
        article.syncListing();
        touch(article);
        AuditLog.record(actor.username, "UNPUBLISH", target(article), null);
    }

    /** Only this sets the "Updated" time readers see; an ordinary save does not. */
    @Transactional
    public void markUpdated(User actor, long id) {
        requireEditor(actor);
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.PUBLISHED);
        article.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        touch(article);
        AuditLog.record(actor.username, "MARK_UPDATED", target(article), null);
    }

    @Transactional
    public void correct(User actor, long id, String note) {
        requireEditor(actor);
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED);
        String text = ArticleForm.trim(PlainText.text(note));
        if (text == null || text.length() > 2000) {
            throw new Invalid(new Errors().add("correction", "Write the correction, up to 2,000 characters."));
        }
        Correction correction = new Correction();
        correction.article = article;
        correction.note = text;
        correction.createdAt = Instant.now();
        correction.createdBy = actor;
        correction.persist();
        AuditLog.record(actor.username, "CORRECT", target(article), null);
    }

    @Transactional
    public void feature(User actor, long id, boolean featured) {
        requireEditor(actor);
        Article article = locked(actor, id);
        requireStatus(article, ArticleStatus.PUBLISHED);
        article.featuredAt = featured ? Instant.now() : null;
        touch(article);
        AuditLog.record(actor.username, featured ? "FEATURE" : "UNFEATURE", target(article), null);
    }

    /** Puts a revision's words back; the restore is itself a new revision. */
    @Transactional
    public void restore(User actor, long id, long revisionId) {
        requireEditor(actor);
        Article article = locked(actor, id);
        ArticleRevision revision = ArticleRevision.findById(revisionId);
        if (revision == null || !revision.article.id.equals(article.id)) {
            throw new NotFoundException();
        }
        article.headline = revision.headline;
        article.dek = revision.dek;
        article.bodyMarkdown = revision.bodyMarkdown;
        article.bodyHtml = ArticleBody.toHtml(revision.bodyMarkdown);
        article.kind = revision.kind;
        article.section = revision.section;
        article.rootSection = revision.section.parent != null ? revision.section.parent : revision.section;
        article.authorNote = revision.authorNote;
        article.leadCaption = revision.leadCaption;
        article.leadCredit = revision.leadCredit;
        article.leadAlt = revision.leadAlt;
        touch(article);
        em.flush();
        ArticleRevision.of(article, actor).persist();
        AuditLog.record(actor.username, "RESTORE", target(article), "revision " + revisionId);
    }

    public ArticleRevision revision(User actor, long id, long revisionId) {
        requireEditor(actor);
        ArticleRevision revision = ArticleRevision.find(
                "select r from ArticleRevision r left join fetch r.user left join fetch r.section where r.id = ?1",
                revisionId).firstResult();
        if (revision == null || !revision.article.id.equals(id)) {
            throw new NotFoundException();
        }
        return revision;
    }

    // ---- Scheduled publishing -------------------------------------------------------------

    void catchUpOnStart(@Observes StartupEvent event) {
        publishDue();
    }

    /**
     * Publishes every scheduled piece whose time has come. The conditional UPDATE lets exactly one
     * instance or thread win each piece, so running it anywhere, any number of times, is safe.
     */
    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPublish() {
        publishDue();
    }

    /** When the last run of {@link #publishDue()} finished looking; null before the first. */
    private volatile Instant lastPublishRun;

    public int publishDue() {
        Instant now = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                "status = ?1 and publishedAt <= ?2 order by publishedAt", ArticleStatus.SCHEDULED, now)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList());
        int published = 0;
        for (Long id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> publishScheduled(id))) {
                    published++;
                    Log.infof("Published scheduled article %d", id);
                    // A bulk UPDATE passes no entity listener: tell the page caches ourselves.
                    changes.fire(ContentChanged.COMMITTED);
                } else {
                    Log.debugf("Scheduled article %d was published by another instance or thread", id);
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not publish scheduled article %d", id);
            }
        }
        lastPublishRun = now;
        return published;
    }

    public Instant lastPublishRun() {
        return lastPublishRun;
    }

    /** The publish time of the oldest scheduled piece whose time has come, if one is still waiting. */
    public Optional<Instant> oldestDue() {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.createQuery(
                "select min(a.publishedAt) from Article a where a.status = ?1 and a.publishedAt <= ?2", Instant.class)
                .setParameter(1, ArticleStatus.SCHEDULED)
                .setParameter(2, now)
                .getSingleResult()));
    }

    public record IdOnly(Long id) {
    }

    private boolean publishScheduled(long id) {
        int won = Article.update("status = ?1, version = version + 1 where id = ?2 and status = ?3",
                ArticleStatus.PUBLISHED, id, ArticleStatus.SCHEDULED);
        if (won == 0) {
            return false;
        }
        Article article = Article.findById(id);
        em.refresh(article);
        article.syncListing();
        AuditLog.record(null, "PUBLISH_SCHEDULED", target(article), null);
        return true;
    }

    // ---- Rules ----------------------------------------------------------------------------

    /** Refuses early, before an upload is stored, when this user may not change the piece. */
    public void requireEditable(User actor, long id) {
        editable(actor, id);
    }

    private Article editable(User actor, long id) {
        Article article = visible(actor, id);
        if (!mayEdit(actor, article)) {
            throw new ForbiddenException("This piece can no longer be edited by its writer.");
        }
        return article;
    }

    /** The article locked for this transaction, so two people acting at once act one after the other. */
    private Article locked(User actor, long id) {
        // Lock before reading anything else, so the state checked below is the latest committed one.
        Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        requireVisible(actor, article);
        return article;
    }

    private static void requireEditor(User actor) {
        if (!actor.isEditor()) {
            throw new ForbiddenException();
        }
    }

    private static void requireStatus(Article article, ArticleStatus... allowed) {
        for (ArticleStatus status : allowed) {
            if (article.status == status) {
                return;
            }
        }
        throw new ClientErrorException("That is not possible while the piece is " + article.status, 409);
    }

    private static void requirePublishable(Article article) {
        Errors errors = new Errors();
        if (article.leadImage == null) {
            errors.add("leadImage", "Publishing needs a lead image.");
        }
        if (ArticleForm.trim(article.leadAlt) == null) {
            errors.add("leadAlt", "Publishing needs alt text for the lead image.");
        }
        if (ArticleForm.trim(article.leadCredit) == null) {
            errors.add("leadCredit", "Publishing needs a credit for the lead image.");
        }
        if (errors.any()) {
            throw new Invalid(errors);
        }
    }

    private static void touch(Article article) {
        article.modifiedAt = Instant.now();
    }

    private static String target(Article article) {
        return "article " + article.id;
    }

    private void apply(User actor, Article article, ArticleForm form, Section section, List<Author> authors,
            Image leadImage, Instant now) {
        article.headline = ArticleForm.trim(form.headline);
        article.dek = ArticleForm.trim(form.dek);
        article.bodyMarkdown = form.body == null ? "" : form.body;
        article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
        article.kind = form.kindValue();
        article.section = section;
        article.rootSection = section.parent != null ? section.parent : section;
        article.authorNote = ArticleForm.trim(form.authorNote);
        article.leadCaption = ArticleForm.trim(form.leadCaption);
        article.leadCredit = ArticleForm.trim(form.leadCredit);
        article.leadAlt = ArticleForm.trim(form.leadAlt);
        if (leadImage != null) {
            article.leadImage = em.merge(leadImage);
        }
        String slug = ArticleForm.trim(form.slug);
        if (actor.isEditor() && slug != null) {
            article.slug = slug;
        } else if (article.slug == null || article.publishedAt == null && !actor.isEditor()) {
            // Until it is published, a piece's address follows its headline.
            article.slug = Slugs.of(article.headline);
        }
        article.modifiedAt = now;
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
        List<String> slugs = form.authorSlugs();
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Author> found = Author.<Author>list("slug in ?1", slugs).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        List<String> unknown = slugs.stream().filter(s -> !found.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            errors.add("authors", "No author with the slug " + String.join(", ", unknown) + ".");
            return List.of();
        }
        return slugs.stream().map(found::get).toList();
    }

    private static List<Author> ownAuthor(User actor) {
        return actor.author == null ? List.of() : List.of(actor.author);
    }

    /** Reconciles the link rows in place: links are keyed by (article, author/tag), so they are updated, not replaced. */
    private static void linkAuthorsAndTags(Article article, List<Author> authors, ArticleForm form) {
        if (authors != null) {
            List<Long> ids = authors.stream().map(a -> a.id).toList();
            article.authors.removeIf(link -> !ids.contains(link.author.id));
            for (int i = 0; i < authors.size(); i++) {
                Author author = authors.get(i);
                int position = i;
                article.authors.stream().filter(l -> l.author.id.equals(author.id)).findFirst()
                        .ifPresentOrElse(l -> l.position = position,
                                () -> article.authors.add(ArticleAuthor.of(article, author, position)));
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : form.tagNames()) {
            String slug = Slugs.of(name);
            if (tags.stream().noneMatch(t -> t.slug.equals(slug))) {
                tags.add(Tag.findBySlug(slug).orElseGet(() -> {
                    Tag tag = new Tag();
                    tag.slug = slug;
                    tag.name = name;
                    tag.persist();
                    return tag;
                }));
            }
        }
        List<Long> tagIds = tags.stream().map(t -> t.id).toList();
        article.tags.removeIf(link -> !tagIds.contains(link.tag.id));
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            int position = i;
            article.tags.stream().filter(l -> l.tag.id.equals(tag.id)).findFirst()
                    .ifPresentOrElse(l -> l.position = position,
                            () -> article.tags.add(ArticleTag.of(article, tag, position)));
        }
        article.syncListing();
    }
}
