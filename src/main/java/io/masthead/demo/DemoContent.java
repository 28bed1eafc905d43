package io.masthead.demo;

import java.util.List;

/** The shape of demo/newsroom.json. */
record DemoContent(List<SectionData> sections, List<AuthorData> authors, List<ChannelData> channels,
        List<VideoData> videos, List<ArticleData> articles, List<PageData> pages) {

    record PageData(String slug, String title, String description, int position, String body) {
    }

    record SectionData(String slug, String name, String description, List<SectionData> children) {
    }

    record AuthorData(String slug, String name, String title, String bio, boolean contributor) {
    }

    record ChannelData(String slug, String name, String description, boolean show) {
    }

    /** {@code clip}: the base name of the clip and its captions under assets/video/ (src/demo-video makes them). */
    record VideoData(String channel, String title, String description, int durationSeconds, double hoursAgo,
            String motif, String palette, String alt, String clip) {
    }

    record ImageData(String motif, String palette, String caption, String credit, String alt) {
    }

    record ArticleData(String section, String kind, String headline, String dek, List<String> authors,
            String authorNote, List<String> tags, double hoursAgo, Double updatedHoursAgo, Boolean featured,
            ImageData image, String body) {
    }
}
