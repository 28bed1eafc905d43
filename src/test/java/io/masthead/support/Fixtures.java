package io.masthead.support;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleBody;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleTag;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

/** Rows a test makes for itself, with unique names so tests never depend on each other. */
@ApplicationScoped
public class Fixtures {

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

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

    /** A published article at the given time, in the section, by the author, with the tag (either may be null). */
    @Transactional
    public Article article(String headline, Section section, Author author, Tag tag, ArticleStatus status, Instant at) {
        Section attached = Section.findById(section.id);
        Article article = new Article();
        article.headline = headline;
        article.slug = Slugs.of(headline);
        article.dek = "Dek of " + headline;
        article.bodyMarkdown = "First paragraph of " + headline + ".\n\nSecond paragraph.";
        article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
        article.kind = ArticleKind.NEWS;
        article.status = status;
        article.section = attached;
        article.rootSection = attached.parent != null ? attached.parent : attached;
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

    @Transactional
    public void setSlug(long articleId, String slug) {
        Article article = Article.findById(articleId);
        article.slug = slug;
    }
}
