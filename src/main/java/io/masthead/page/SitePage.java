package io.masthead.page;

import io.masthead.delivery.ContentChangeListener;
import io.masthead.web.PlainText;
import io.masthead.web.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A static page of the site (About, Contact, Corrections policy, Privacy) at /info/{slug}/. */
@Entity
@EntityListeners(ContentChangeListener.class)
public class SitePage extends PanacheEntityBase {

    /** Every page lives under this prefix, so none can take the address of a section front or an article. */
    public static final String PREFIX = "info";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String description;
    public String bodyMarkdown;
    /** Sanitized when saved (article/ArticleBody), so it may be written unescaped. */
    public String bodyHtml;
    public int position;
    public Instant updatedAt;

    @Version
    public int version;

    public String url() {
        return url(slug);
    }

    public static String url(String slug) {
        return "/" + PREFIX + "/" + slug + "/";
    }

    @PrePersist
    @PreUpdate
    void cleanText() {
        title = PlainText.line(title);
        description = PlainText.line(description);
        bodyMarkdown = PlainText.text(bodyMarkdown);
    }

    public static Optional<SitePage> findBySlug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    /** A page as the footer links to it. */
    public record Link(String title, String url) {
    }

    public static List<Link> links() {
        return ordered().stream().map(p -> new Link(p.title, p.url())).toList();
    }

    public static List<SitePage> ordered() {
        return list("order by position, title");
    }
}
