package io.masthead.admin;

import io.masthead.web.Site;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Formatting only the newsroom needs: {revision.createdAt.displaySeconds}. */
@TemplateExtension
public class NewsroomExtensions {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm:ss a", Locale.US);

    /** "December 1, 2026 6:43:12 PM ET": two saves a few seconds apart must look different. */
    static String displaySeconds(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(Arc.container().instance(Site.class).get().zone());
        String zone = local.getZone().getId().equals("America/New_York") ? "ET"
                : local.getZone().getDisplayName(TextStyle.SHORT_STANDALONE, Locale.US);
        return TO_THE_SECOND.format(local) + " " + zone;
    }
}
