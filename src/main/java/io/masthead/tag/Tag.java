package io.masthead.tag;

import io.masthead.web.PlainText;
import io.masthead.web.Slugs;
import io.masthead.delivery.ContentChangeListener;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Entity
@EntityListeners(ContentChangeListener.class)
public class Tag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    /** The name in lower case, kept by the database for search's lookup by name (V43). */
    @Column(name = "name_key", insertable = false, updatable = false)
    private String nameKey;

    /** What makes a tag public (see {@link #findPublicBySlug}), for a query whose tag is {@code t}. */
    private static final String PUBLIC = "exists (select 1 from ArticleTag l where l.tag = t and l.listedAt is not null)";

    public String url() {
        return "/tag/" + slug + "/";
    }

    /** Saved text holds no control characters or lone surrogates, on either database (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        name = PlainText.line(name);
    }

    public static Optional<Tag> findBySlug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    /**
     * The tag, if readers may see it: at least one published article carries it. Tags exist as
     * soon as anyone types them into a draft, and a contributor's draft, or an embargoed story's
     * tag, must not be a public page (its name in the title) before an editor publishes it.
     */
    public static Optional<Tag> findPublicBySlug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return find("select t from Tag t where t.slug = ?1 and " + PUBLIC, slug).firstResultOptional();
    }

    /** Tags readers may see whose name is {@code name}, whatever its case: at most {@code max}. */
    public static List<Tag> findPublicByName(String name, int max) {
        return find("select t from Tag t where t.nameKey = ?1 and " + PUBLIC + " order by t.name",
                name.toLowerCase(Locale.ROOT)).page(0, max).list();
    }
}
