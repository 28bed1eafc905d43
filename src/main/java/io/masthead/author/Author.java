package io.masthead.author;

import io.masthead.web.PlainText;
import io.masthead.web.Slugs;
import io.masthead.delivery.ContentChangeListener;
import io.masthead.media.Image;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.Optional;

/** A byline. Staff or outside contributor; an author need not have a login. */
@Entity
@EntityListeners(ContentChangeListener.class)
public class Author extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String title;
    public String bio;

    @ManyToOne(fetch = FetchType.LAZY)
    public Image photo;

    /** Outside contributors' opinion pieces carry the site's disclaimer line. */
    public boolean contributor;

    public String url() {
        return "/author/" + slug + "/";
    }

    /** Saved text holds no control characters or lone surrogates, on either database (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        name = PlainText.line(name);
        title = PlainText.line(title);
        bio = PlainText.text(bio);
    }

    public static Optional<Author> findBySlug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return find("select a from Author a left join fetch a.photo where a.slug = ?1", slug).firstResultOptional();
    }
}
