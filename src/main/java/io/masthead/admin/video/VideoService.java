package io.masthead.admin.video;

import io.masthead.admin.FormText;
import io.masthead.admin.Invalid;
import io.masthead.video.Video;
import io.masthead.video.VideoChannel;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;

/** Saves videos; "published" sets the time readers see once, and unticking hides the video again. */
@ApplicationScoped
public class VideoService {

    @Transactional
    public Video save(Long id, @Valid VideoInput in) {
        Video video = id == null ? new Video() : Video.findById(id);
        if (video == null) {
            throw new NotFoundException();
        }
        Long channelId = FormText.id(in.channel());
        VideoChannel channel = channelId == null ? null : VideoChannel.findById(channelId);
        if (channel == null) {
            throw Invalid.of("channel", "Choose a channel.");
        }
        video.title = in.title();
        if (video.slug == null) {
            video.slug = Slugs.of(in.title());
        }
        video.channel = channel;
        video.description = in.description();
        video.durationSeconds = FormText.number(in.duration(), 1);
        video.sourceUrl = in.source();
        video.thumbnailAlt = in.alt();
        if (in.published() && video.publishedAt == null) {
            video.publishedAt = Instant.now();
        } else if (!in.published()) {
            video.publishedAt = null;
        }
        video.persist();
        return video;
    }
}
