package io.masthead.video;

import io.masthead.media.Picture;
import io.masthead.web.StructuredData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The schema.org VideoObject of a player page. */
@ApplicationScoped
public class VideoObjectData {

    private final StructuredData data;

    VideoObjectData(StructuredData data) {
        this.data = data;
    }

    public Map<String, Object> of(Video video) {
        Map<String, Object> node = StructuredData.node("VideoObject");
        node.put("name", video.title);
        // Search engines require a description; the title is the honest fallback.
        node.put("description", video.description != null && !video.description.isBlank() ? video.description : video.title);
        if (video.thumbnail != null) {
            Picture picture = Picture.of(video.thumbnail);
            node.put("thumbnailUrl", List.of(data.absolute(picture.src(StructuredData.IMAGE_WIDTH))));
        }
        if (video.publishedAt != null) {
            node.put("uploadDate", data.date(video.publishedAt));
        }
        node.put("duration", Duration.ofSeconds(video.durationSeconds).toString());
        node.put("contentUrl", data.absolute(video.sourceUrl));
        node.put("url", data.absolute(video.url()));
        node.put("publisher", data.publisher());
        return node;
    }
}
