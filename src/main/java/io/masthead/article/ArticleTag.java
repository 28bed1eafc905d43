package io.masthead.article;

import io.masthead.delivery.ContentChangeListener;
import io.masthead.tag.Tag;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A tag on an article; listedAt drives the tag's river. */
@Entity
@EntityListeners(ContentChangeListener.class)
@IdClass(ArticleTag.Key.class)
public class ArticleTag extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    public Article article;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    public Tag tag;

    public int position;
    public Instant listedAt;

    public static ArticleTag of(Article article, Tag tag, int position) {
        ArticleTag link = new ArticleTag();
        link.article = article;
        link.tag = tag;
        link.position = position;
        return link;
    }

    public static class Key implements Serializable {
        public Long article;
        public Long tag;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(article, k.article) && Objects.equals(tag, k.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(article, tag);
        }
    }
}
