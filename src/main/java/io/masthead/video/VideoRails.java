package io.masthead.video;

import io.masthead.cache.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The video rails shown beside articles and on the home page: one per channel. */
@ApplicationScoped
public class VideoRails {

    private final PageCache pageCache;

    VideoRails(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    public List<VideoRail> latest(int perChannel) {
        return pageCache.fragment("video-rails:" + perChannel, () -> load(perChannel));
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
