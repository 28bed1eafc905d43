package io.masthead.admin.media;

import io.masthead.media.Image;
import io.masthead.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** An uploaded image as the media library knows it: who uploaded it, and the words to reuse it with. */
@Entity
@io.quarkus.qute.TemplateData
public class MediaItem extends PanacheEntityBase {

    @Id
    public Long imageId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public Image image;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    public User uploadedBy;

    public Instant createdAt;
    public String alt;
    public String caption;
    public String credit;

    @PrePersist
    @PreUpdate
    void cleanText() {
        alt = io.masthead.web.PlainText.line(alt);
        caption = io.masthead.web.PlainText.line(caption);
        credit = io.masthead.web.PlainText.line(credit);
    }
}
