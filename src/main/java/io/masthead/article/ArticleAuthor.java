package io.masthead.article;

import io.masthead.delivery.ContentChangeListener;
import io.masthead.author.Author;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import io.masthead.web.InList;
import io.quarkus.panache.common.Parameters;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An article's byline at a position; listedAt drives the author's river. */
@Entity
@EntityListeners(ContentChangeListener.class)
@IdClass(ArticleAuthor.Key.class)
public class ArticleAuthor extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    public Article article;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    public Author author;

    public int position;
    public Instant listedAt;

    /** The authors of each of the articles, in byline order, in one query. */
    public static Map<Long, List<Author>> bylinesOf(List<Long> articleIds) {
        Map<Long, List<Author>> bylines = new HashMap<>();
        Parameters params = new Parameters();
        ArticleAuthor.<ArticleAuthor>find("select aa from ArticleAuthor aa join fetch aa.author where aa.article.id in "
                + InList.bind("article", articleIds, params) + " order by aa.position", params)
                .stream()
                .forEach(aa -> bylines.computeIfAbsent(aa.article.id, k -> new ArrayList<>()).add(aa.author));
        return bylines;
    }

    public static ArticleAuthor of(Article article, Author author, int position) {
        ArticleAuthor link = new ArticleAuthor();
        link.article = article;
        link.author = author;
        link.position = position;
        return link;
    }

    public static class Key implements Serializable {
        public Long article;
        public Long author;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(article, k.article) && Objects.equals(author, k.author);
        }

        @Override
        public int hashCode() {
            return Objects.hash(article, author);
        }
    }
}
