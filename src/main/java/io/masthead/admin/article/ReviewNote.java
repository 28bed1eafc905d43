package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** An editor's note to the writer, one per round of review, kept as the piece's review history. */
@Entity
public class ReviewNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    public User user;

    /** 1 for the first request for changes on this piece, then 2, ... */
    public int round;

    public String note;
    public Instant createdAt;

    static ReviewNote add(Article article, User user, String note) {
        ReviewNote r = new ReviewNote();
        r.article = article;
        r.user = user;
        r.round = (int) count("article", article) + 1;
        r.note = note;
        r.createdAt = Instant.now();
        r.persist();
        return r;
    }

    public static List<ReviewNote> ofArticle(Article article) {
        return find("select n from ReviewNote n left join fetch n.user where n.article = ?1 order by n.id desc", article).list();
    }
}
