package io.masthead.section;

import io.masthead.web.PlainText;
import io.masthead.web.Slugs;
import io.masthead.delivery.ContentChangeListener;
import io.masthead.web.Crumb;
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
import java.util.List;
import java.util.Optional;

/** A section of the site, in two levels: Opinion, Opinion › International. */
@Entity
@EntityListeners(ContentChangeListener.class)
public class Section extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** "opinion" or "opinion/international": the URL of the section front without slashes around it. */
    public String path;
    public String slug;
    public String name;
    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public Section parent;

    public int position;

    /**
     * First path segments other parts of the site own (the newsroom, framework endpoints, images
     * and assets, the view beacon, the site's own pages): no top-level section may take one.
     */
    public static final String RESERVED = "admin|login|logout|q|media|assets|views|tag|author|video|latest"
            + "|most-popular|search|sitemaps";

    /** A top-level section's slug where a route template takes one: the slug rule, never a reserved name. */
    public static final String ROUTE_SLUG = "(?!(?:" + RESERVED + ")(?:/|$))" + Slugs.RULE;

    public static boolean isReserved(String slug) {
        return slug != null && slug.matches(RESERVED);
    }

    public String url() {
        return "/" + path + "/";
    }

    /** Saved text holds no control characters or lone surrogates, on either database (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        name = PlainText.line(name);
        description = PlainText.line(description);
    }

    /** Home › Parent › Section, for the visible breadcrumbs and BreadcrumbList data. */
    public List<Crumb> trail() {
        return parent == null
                ? Crumb.trail(new Crumb(name, url()))
                : Crumb.trail(new Crumb(parent.name, parent.url()), new Crumb(name, url()));
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    /** The top-level section this one is in: itself when it has no parent. */
    public Section root() {
        return parent == null ? this : parent;
    }

    public static Optional<Section> findByPath(String path) {
        if (path == null || !java.util.Arrays.stream(path.split("/", -1)).allMatch(Slugs::isWellFormed)) {
            return Optional.empty();
        }
        return find("path", path).firstResultOptional();
    }

    public static List<Section> topLevel() {
        return list("parent is null order by position, name");
    }

    public static List<Section> childrenOf(Section parent) {
        return list("parent = ?1 order by position, name", parent);
    }

    public static List<Section> allWithParents() {
        return list("select s from Section s left join fetch s.parent order by s.position, s.name");
    }
}
