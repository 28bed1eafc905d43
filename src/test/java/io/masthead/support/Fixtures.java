package io.masthead.support;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleBody;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleTag;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.media.ImageArt;
import io.masthead.media.ImageStore;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Rows a test makes for itself, with unique names so tests never depend on each other: what
 * readers see (sections, authors, tags, published articles) and what the newsroom works with
 * (accounts, signed-in browsers, articles in any state owned by whom the test says).
 */
@ApplicationScoped
public class Fixtures {

    /** The password of every account {@link #user} makes. */
    public static final String PASSWORD = "correct horse battery";
    /** When newsroom articles were published: long ago, so they never crowd the rivers, feeds and sitemaps other tests read. */
    public static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Inject
    ImageStore images;

    private Image leadImage;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- what readers see ----------------------------------------------------------------

    @Transactional
    public Section section(String slug, Section parent) {
        Section section = new Section();
        section.slug = slug;
        section.path = parent == null ? slug : parent.path + "/" + slug;
        section.name = "Section " + slug;
        section.description = "Stories filed under " + slug;
        section.parent = parent;
        section.persist();
        return section;
    }

    /** A top-level section with a unique slug. */
    public Section section() {
        return section(unique("desk"), null);
    }

    @Transactional
    public Author author(String slug, boolean contributor) {
        Author author = new Author();
        author.slug = slug;
        author.name = "Writer " + slug;
        author.title = "Correspondent";
        author.bio = "Writer " + slug + " covers the statehouse.";
        author.contributor = contributor;
        author.persist();
        return author;
    }

    @Transactional
    public Tag tag(String slug) {
        Tag tag = new Tag();
        tag.slug = slug;
        tag.name = "Tag " + slug;
        tag.persist();
        return tag;
    }

    /** An article in the state, published at the given time, in the section, by the author, with the tag (either may be null). */
    @Transactional
    public Article article(String headline, Section section, Author author, Tag tag, ArticleStatus status, Instant at) {
        Article article = new Article();
        article.headline = headline;
        article.slug = Slugs.of(headline);
        article.dek = "Dek of " + headline;
        article.bodyMarkdown = "First paragraph of " + headline + ".\n\nSecond paragraph.";
        article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
        article.kind = ArticleKind.NEWS;
        article.status = status;
        article.placeIn(Section.findById(section.id));
        article.publishedAt = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
        article.createdAt = Instant.now();
        article.modifiedAt = Instant.now();
        if (author != null) {
            article.authors.add(ArticleAuthor.of(article, Author.findById(author.id), 0));
        }
        if (tag != null) {
            article.tags.add(ArticleTag.of(article, Tag.findById(tag.id), 0));
        }
        article.syncListing();
        article.persist();
        return article;
    }

    @Transactional
    public void setStatus(long articleId, ArticleStatus status) {
        Article article = Article.findById(articleId);
        article.status = status;
        article.syncListing();
    }

    /** Changes an article in a transaction of its own, e.g. to give it hostile text. */
    @Transactional
    public void editArticle(long articleId, Consumer<Article> change) {
        change.accept(Article.findById(articleId));
    }

    @Transactional
    public void setSlug(long articleId, String slug) {
        Article article = Article.findById(articleId);
        article.slug = slug;
    }

    @Transactional
    public void renameTag(long tagId, String name) {
        Tag.<Tag>findById(tagId).name = name;
    }

    @Transactional
    public void renameAuthor(long authorId, String name) {
        Author.<Author>findById(authorId).name = name;
    }

    /** A published demo opinion piece with a lead image and tags, its section loaded. */
    @Transactional
    public Article demoOpinionWithTags() {
        Article article = Article.<Article>find("""
                select distinct a from Article a join a.tags t join fetch a.section s left join fetch s.parent
                where a.kind = ?1 and a.status = ?2 and a.leadImage is not null
                order by a.id""", ArticleKind.OPINION, ArticleStatus.PUBLISHED).firstResult();
        article.url();
        return article;
    }

    /** Any stored picture, to use as a lead image. */
    @Transactional
    public Image anyImage() {
        return Image.<Image>findAll().firstResult();
    }

    // ---- what the newsroom works with -------------------------------------------------------

    /** An account with the role and {@link #PASSWORD}; a contributor writes as an author of their own. */
    @Transactional
    public User user(Role role) {
        User user = User.create(unique(role.name().toLowerCase()), "Test " + role.label(), PASSWORD, role);
        if (role == Role.CONTRIBUTOR) {
            Author author = new Author();
            author.slug = unique("writer");
            author.name = "Writer " + author.slug;
            author.bio = "Bio of " + author.slug;
            author.contributor = true;
            author.persist();
            user.author = author;
        }
        return user;
    }

    /** A browser signed in as the user through the real sign-in form. */
    public Browser signedIn(User user) {
        return Browser.signedIn(user.username, PASSWORD);
    }

    /** An article owned by the user, in the state, with a complete lead image so it may be published. */
    @Transactional
    public Article articleOwnedBy(User owner, Section section, ArticleStatus status) {
        Article article = new Article();
        article.headline = "Story " + unique("h");
        article.slug = Slugs.of(article.headline);
        article.dek = "A dek";
        article.bodyMarkdown = "Body text.";
        article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
        article.kind = ArticleKind.NEWS;
        article.status = status;
        article.placeIn(Section.findById(section.id));
        article.createdBy = User.findById(owner.id);
        article.createdAt = Instant.now();
        article.modifiedAt = Instant.now();
        article.leadImage = leadImage();
        article.leadAlt = "Alt text";
        article.leadCredit = "Staff photo";
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED) {
            article.publishedAt = LONG_AGO.plus(SEQUENCE.incrementAndGet(), ChronoUnit.MINUTES);
        }
        if (article.createdBy.author != null) {
            article.authors.add(ArticleAuthor.of(article, article.createdBy.author, 0));
        }
        article.syncListing();
        article.persist();
        return article;
    }

    private Image leadImage() {
        if (leadImage == null) {
            leadImage = images.store(ImageArt.draw(ImageArt.Motif.HILLS, ImageArt.Palette.values()[0], 42, 640, 360));
        }
        return Image.findById(leadImage.id);
    }

    /** The article as the database holds it now, its links and section loaded. */
    @Transactional
    public Article reloadArticle(long id) {
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
