package io.masthead.article;

import io.masthead.media.Picture;
import io.masthead.web.Cursor;
import java.time.Instant;
import java.util.List;

/** An article as a card in a river or rail: everything the card shows, nothing loaded later. */
public record Story(long id, String url, String headline, String dek, ArticleKind kind,
        String sectionName, String sectionUrl, List<Byline> bylines, Instant publishedAt,
        Picture image, String imageAlt) {

    public Cursor cursor() {
        return Cursor.after(publishedAt, id);
    }

    public boolean isOpinion() {
        return kind == ArticleKind.OPINION;
    }
}
