package io.masthead.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A slug an article has carried. URLs carry the id, so old slugs keep resolving; this is their record. */
@Entity
@IdClass(ArticleSlug.Key.class)
public class ArticleSlug extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    public Article article;

    @Id
    public String slug;

    public Instant createdAt;

    public static void remember(Article article, Instant at) {
        if (count("article = ?1 and slug = ?2", article, article.slug) == 0) {
            ArticleSlug entry = new ArticleSlug();
            entry.article = article;
            entry.slug = article.slug;
            entry.createdAt = at;
            entry.persist();
        }
    }

    public static class Key implements Serializable {
        public Long article;
        public String slug;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(article, k.article) && Objects.equals(slug, k.slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(article, slug);
        }
    }
}
