package io.masthead.support;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleBody;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.media.ImageArt;
import io.masthead.media.ImageStore;
import io.masthead.section.Section;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Newsroom rows for tests: accounts and articles in any state, owned by whom the test says. */
@ApplicationScoped
public class Newsroom {

    public static final String PASSWORD = "correct horse battery";
    public static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    @Inject
    ImageStore images;

    @Transactional
    public User user(Role role) {
        User user = User.create(Fixtures.unique(role.name().toLowerCase()), "Test " + role.label(), PASSWORD, role);
        if (role == Role.CONTRIBUTOR) {
            Author author = new Author();
            author.slug = Fixtures.unique("writer");
            author.name = "Writer " + author.slug;
            author.bio = "Bio of " + author.slug;
            author.contributor = true;
            author.persist();
            user.author = author;
        }
        return user;
    }

    public Browser browser(User user) {
        return Browser.signedIn(user.username, PASSWORD);
    }

    @Transactional
    public Section section() {
        Section section = new Section();
        section.slug = Fixtures.unique("desk");
        section.path = section.slug;
        section.name = "Desk " + section.slug;
        section.persist();
        return section;
    }

    /** An article owned by the user, in the state, with a complete lead image so it may be published. */
    @Transactional
    public Article article(User owner, Section section, ArticleStatus status) {
        Article article = new Article();
        article.headline = "Story " + Fixtures.unique("h");
        article.slug = Slugs.of(article.headline);
        article.dek = "A dek";
        article.bodyMarkdown = "Body text.";
        article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
        article.kind = ArticleKind.NEWS;
        article.status = status;
        Section attached = Section.findById(section.id);
        article.section = attached;
        article.rootSection = attached;
        article.createdBy = User.findById(owner.id);
        article.createdAt = Instant.now();
        article.modifiedAt = Instant.now();
        article.leadImage = leadImage();
        article.leadAlt = "Alt text";
        article.leadCredit = "Staff photo";
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED) {
            // Long ago, so newsroom fixtures never crowd the rivers, feeds and sitemaps other tests read.
            article.publishedAt = LONG_AGO.plus(SEQUENCE.incrementAndGet(), ChronoUnit.MINUTES);
        }
        if (article.createdBy.author != null) {
            article.authors.add(ArticleAuthor.of(article, article.createdBy.author, 0));
        }
        article.syncListing();
        article.persist();
        return article;
    }

    private Image cached;

    private Image leadImage() {
        if (cached == null) {
            cached = images.store(ImageArt.draw(ImageArt.Motif.HILLS, ImageArt.Palette.values()[0], 42, 640, 360));
        }
        return Image.findById(cached.id);
    }

    @Transactional
    public Article reload(long id) {
        Article article = Article.findById(id);
        article.authors.size();
        article.tags.size();
        article.section.path.length();
        if (article.leadImage != null) {
            article.leadImage.hash.length();
        }
        if (article.createdBy != null) {
            article.createdBy.username.length();
        }
        return article;
    }
}
