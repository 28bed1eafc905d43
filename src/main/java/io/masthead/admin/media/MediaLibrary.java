package io.masthead.admin.media;

import io.masthead.admin.FormText;
import io.masthead.media.Image;
import io.masthead.media.ImageUploads;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The newsroom's images: every upload is kept with its uploader, alt text, caption and credit, to
 * be found again and reused. Editors see every image; a contributor sees the ones they uploaded.
 */
@ApplicationScoped
public class MediaLibrary {

    public static final int PAGE = 24;

    private final ImageUploads uploads;

    MediaLibrary(ImageUploads uploads) {
        this.uploads = uploads;
    }

    /** Stores an upload (checked by {@link ImageUploads}) and files it in the library under this user. */
    public MediaItem upload(User user, Path file, String alt, String caption, String credit) throws ImageUploads.Refused {
        Image image = uploads.accept(file);
        return file(user, image.id, alt, caption, credit);
    }

    @Transactional
    MediaItem file(User user, long imageId, String alt, String caption, String credit) {
        MediaItem item = MediaItem.findById(imageId);
        if (item == null) {
            item = new MediaItem();
            item.image = Image.findById(imageId);
            item.uploadedBy = User.findById(user.id);
            item.createdAt = Instant.now();
        }
        // The same picture uploaded again is the same library entry; its image is read now, for the answer.
        org.hibernate.Hibernate.initialize(item.image);
        if (mayUse(user, item)) {
            item.alt = FormText.line(alt) != null ? FormText.line(alt) : item.alt;
            item.caption = FormText.line(caption) != null ? FormText.line(caption) : item.caption;
            item.credit = FormText.line(credit) != null ? FormText.line(credit) : item.credit;
        }
        item.persist();
        return item;
    }

    /** The image, when this user may reuse it. */
    public Optional<MediaItem> usable(User user, Long imageId) {
        if (imageId == null) {
            return Optional.empty();
        }
        return MediaItem.<MediaItem>find("select m from MediaItem m join fetch m.image left join fetch m.uploadedBy "
                + "where m.imageId = ?1", imageId).firstResultOptional().filter(m -> mayUse(user, m));
    }

    static boolean mayUse(User user, MediaItem item) {
        return user.isEditor() || item.uploadedBy != null && item.uploadedBy.id.equals(user.id);
    }

    /** A page of images, newest first, whose alt text, caption or credit hold the words. */
    public List<MediaItem> find(User user, String text, int page) {
        StringBuilder where = new StringBuilder("select m from MediaItem m join fetch m.image left join fetch m.uploadedBy u where 1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (!user.isEditor()) {
            where.append(" and u.id = :me");
            params.and("me", user.id);
        }
        String words = FormText.line(text);
        if (words != null) {
            where.append(" and (lower(m.alt) like :q or lower(m.caption) like :q or lower(m.credit) like :q)");
            params.and("q", "%" + words.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return MediaItem.<MediaItem>find(where + " order by m.createdAt desc, m.imageId desc", params)
                .page(page - 1, PAGE + 1).list();
    }
}
