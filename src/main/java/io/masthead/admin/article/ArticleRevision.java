package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.section.Section;
import io.masthead.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A snapshot of an article's words as one save left them: who, when and what. */
@Entity
public class ArticleRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    public User user;

    public Instant createdAt;
    public int articleVersion;
    public String headline;
    public String dek;
    public String bodyMarkdown;

    @Enumerated(EnumType.STRING)
    public ArticleKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    public Section section;

    public String slug;
    public String authorNote;
    /** Author slugs in byline order, comma-separated. */
    public String authors;
    /** Tag names in order, comma-separated. */
    public String tags;
    public String leadCaption;
    public String leadCredit;
    public String leadAlt;

    static ArticleRevision of(Article article, User user) {
        ArticleRevision r = new ArticleRevision();
        r.article = article;
        r.user = user;
        r.createdAt = Instant.now();
        r.articleVersion = article.version;
        r.headline = article.headline;
        r.dek = article.dek;
        r.bodyMarkdown = article.bodyMarkdown;
        r.kind = article.kind;
        r.section = article.section;
        r.slug = article.slug;
        r.authorNote = article.authorNote;
        r.authors = article.authors.stream().map(a -> a.author.slug).collect(Collectors.joining(", "));
        r.tags = article.tags.stream().map(t -> t.tag.name).collect(Collectors.joining(", "));
        r.leadCaption = article.leadCaption;
        r.leadCredit = article.leadCredit;
        r.leadAlt = article.leadAlt;
        return r;
    }

    public static List<ArticleRevision> ofArticle(Article article) {
        return find("select r from ArticleRevision r left join fetch r.user where r.article = ?1 order by r.id desc",
                article).list();
    }
}
