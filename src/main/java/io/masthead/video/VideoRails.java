package io.masthead.video;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The video rails shown beside articles and on the home page: one per channel. */
@ApplicationScoped
public class VideoRails {

    public List<VideoRail> latest(int perChannel) {
        return VideoChannel.ordered().stream()
                .map(channel -> new VideoRail(channel.name, channel.url(), channel.show,
                        Video.latest(channel, null, perChannel).stream().map(VideoCard::of).toList()))
                .filter(rail -> !rail.videos().isEmpty())
                .toList();
    }
}
