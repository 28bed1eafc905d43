package io.masthead.video;

import io.masthead.web.InList;
import io.masthead.delivery.ContentChangeListener;
import io.masthead.media.Image;
import io.masthead.web.PlainText;
import io.masthead.web.AppMessages;
import io.masthead.web.Crumb;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import io.masthead.web.Cursor;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@EntityListeners(ContentChangeListener.class)
public class Video extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    public VideoChannel channel;

    public String title;
    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public Image thumbnail;

    public String thumbnailAlt;
    public int durationSeconds;
    /** Same-site path of the video file. */
    public String sourceUrl;
    /** Timed captions (WebVTT) of what the clip says and shows; null when it has none. */
    public String captions;
    /** Null while not public. */
    public Instant publishedAt;

    public String url() {
        return "/video/" + id + "-" + slug;
    }

    /** Home › Video › the channel: the visible trail up to this video's page. */
    public List<Crumb> trail() {
        return Crumb.trail(new Crumb(MessageBundles.get(AppMessages.class).video(), "/video/"),
                new Crumb(channel.name, channel.url()));
    }

    /** Saved text holds no control characters or lone surrogates, on either database (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        title = PlainText.line(title);
        thumbnailAlt = PlainText.line(thumbnailAlt);
        description = PlainText.text(description);
    }

    private static final String CARD = """
            select v from Video v join fetch v.channel left join fetch v.thumbnail
            where v.publishedAt is not null and v.publishedAt <= :now""";

    public static List<Video> latest(VideoChannel channel, Cursor cursor, int limit) {
        String query = CARD;
        Parameters params = Parameters.with("now", Instant.now());
        if (channel != null) {
            query += " and fk(v.channel) = :channel";
            params.and("channel", channel.id);
        }
        if (cursor != null) {
            query += " and v.publishedAt <= :at and (v.publishedAt < :at or v.id < :id)";
            params.and("at", cursor.at()).and("id", cursor.id());
        }
        // fk(): the channel is join-fetched, and "v.channel.id" would name its table's id, which the index lacks.
        String fixedColumns = channel != null ? "fk(v.channel), " : "";
        return find(query + " order by " + fixedColumns + "v.publishedAt desc, v.id desc", params).page(0, limit).list();
    }

    /** The newest few published videos of each channel, in one statement however many channels there are. */
    @SuppressWarnings("unchecked")
    public static List<Video> latestPerChannel(List<VideoChannel> channels, int perChannel) {
        if (channels.isEmpty()) {
            return List.of();
        }
        String branch = "(select id from video where channel_id = ? and published_at is not null and published_at <= ?"
                + " order by channel_id, published_at desc, id desc limit " + perChannel + ")";
        var query = getEntityManager().createNativeQuery(
                String.join(" union all ", java.util.Collections.nCopies(channels.size(), branch)));
        Instant now = Instant.now();
        for (int i = 0; i < channels.size(); i++) {
            query.setParameter(2 * i + 1, channels.get(i).id);
            query.setParameter(2 * i + 2, now);
        }
        List<Long> ids = ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Parameters params = new Parameters();
        return find("select v from Video v join fetch v.channel left join fetch v.thumbnail where v.id in "
                + InList.bind("video", ids, params) + " order by v.publishedAt desc, v.id desc", params).list();
    }

    public static Optional<Video> findPublishedById(long id) {
        return find("""
                select v from Video v join fetch v.channel left join fetch v.thumbnail
                where v.id = ?1 and v.publishedAt is not null and v.publishedAt <= ?2""", id, Instant.now())
                .firstResultOptional();
    }
}
