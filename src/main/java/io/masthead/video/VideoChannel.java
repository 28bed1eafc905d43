package io.masthead.video;

import io.masthead.web.Slugs;
import io.masthead.delivery.ContentChangeListener;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Optional;

/** A video channel: a TV show's, or the general one. Each gets a rail on article pages. */
@Entity
@EntityListeners(ContentChangeListener.class)
public class VideoChannel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String description;

    @Column(name = "is_show")
    public boolean show;

    public int position;

    public String url() {
        return "/video/" + slug + "/";
    }

    public static List<VideoChannel> ordered() {
        return list("order by position, name");
    }

    public static Optional<VideoChannel> findBySlug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }
}
