package io.masthead.video;

import io.masthead.delivery.DataCache;
import io.masthead.delivery.Reach;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The video rails shown beside articles and on the home page: one per channel. */
@ApplicationScoped
public class VideoRails {

    private final DataCache dataCache;

    VideoRails(DataCache dataCache) {
        this.dataCache = dataCache;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rails(List<VideoRail> rails);
    }

    /** The rails as finished HTML for the home and article pages, or null when no channel has a video. */
    public RawString html(int perChannel) {
        List<VideoRail> rails = latest(perChannel);
        return rails.isEmpty() ? null : dataCache.html("video-rails:" + perChannel, () -> Templates.rails(rails));
    }

    private List<VideoRail> latest(int perChannel) {
        return dataCache.get("video-rails:" + perChannel, Reach.SHARED, () -> load(perChannel));
    }

    private List<VideoRail> load(int perChannel) {
        List<VideoChannel> channels = VideoChannel.ordered();
        List<Video> videos = Video.latestPerChannel(channels, perChannel);
        return channels.stream()
                .map(channel -> new VideoRail(channel.name, channel.url(), channel.show, videos.stream()
                        .filter(v -> v.channel.id.equals(channel.id)).map(VideoCard::of).toList()))
                .filter(rail -> !rail.videos().isEmpty())
                .toList();
    }
}
