package io.masthead.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** A stored picture. Its bytes live in the {@link ImageStore} under content-hash names, one file per width. */
@Entity
public class Image extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String hash;
    public int width;
    public int height;
    public Instant createdAt;

    public static Optional<Image> findByHash(String hash) {
        return find("hash", hash).firstResultOptional();
    }
}
