package io.masthead.video;

import io.masthead.media.Picture;
import io.masthead.web.Cursor;
import java.time.Instant;

public record VideoCard(long id, String url, String title, String channelName, String channelUrl,
        int durationSeconds, Instant publishedAt, Picture thumbnail, String thumbnailAlt) {

    static VideoCard of(Video v) {
        return new VideoCard(v.id, v.url(), v.title, v.channel.name, v.channel.url(), v.durationSeconds,
                v.publishedAt, Picture.of(v.thumbnail), v.thumbnailAlt);
    }

    public Cursor cursor() {
        return Cursor.after(publishedAt, id);
    }
}
