package io.masthead.video;

import java.util.List;

/** One channel's latest videos, shown as a rail with "See all". */
public record VideoRail(String name, String url, boolean show, List<VideoCard> videos) {
}
