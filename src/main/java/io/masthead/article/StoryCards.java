package io.masthead.article;

import io.masthead.delivery.DataCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A story's card as finished HTML, {cdi:cards.html(story, level, noImage, noDek)}: rendered once
 * per content version and shape, then shared by every river and rail that lists the story, so a
 * front of twenty cards costs twenty lookups instead of twenty templates.
 */
@Named("cards")
@ApplicationScoped
public class StoryCards {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance card(Story story, int level, boolean noImage, boolean noDek, boolean wide);
    }

    private final DataCache dataCache;

    StoryCards(DataCache dataCache) {
        this.dataCache = dataCache;
    }

    public RawString html(Story story, int level, boolean noImage, boolean noDek) {
        String key = "card:" + story.id() + ":" + level + (noImage ? ":no-image" : "") + (noDek ? ":no-dek" : "");
        return dataCache.renderedHtml(key, story, () -> Templates.card(story, level, noImage, noDek, false));
    }

    /** A top story's card: its picture spans a column of three from 40em, so its sizes say so. */
    public RawString top(Story story, int level) {
        return dataCache.renderedHtml("card:" + story.id() + ":" + level + ":top", story,
                () -> Templates.card(story, level, false, false, true));
    }
}
