package io.masthead.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.US);
    /** Short month names: a card's byline and date fit one line on a phone. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static volatile ZoneId zone;
    /** Every card and article shows its dates, and the same few thousand instants come up again and again. */
    private static final RecentlyFormatted DISPLAYED = new RecentlyFormatted(TemplateExtensions::formatDisplay);
    private static final RecentlyFormatted DISPLAYED_DATE = new RecentlyFormatted(
            instant -> DATE.format(instant.atZone(siteZone())));
    private static final RecentlyFormatted ISO = new RecentlyFormatted(
            instant -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(siteZone()).withNano(0)));

    /** "November 29, 2026 5:12 AM ET" in the site's time zone. */
    static String display(Instant instant) {
        return instant == null ? "" : DISPLAYED.format(instant);
    }

    static String displayDate(Instant instant) {
        return instant == null ? "" : DISPLAYED_DATE.format(instant);
    }

    /** Machine-readable, for the datetime attribute of time elements. */
    static String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant);
    }

    private static String formatDisplay(Instant instant) {
        ZonedDateTime local = instant.atZone(siteZone());
        return DATE_TIME.format(local) + " " + shortZone(local);
    }

    /** 125 seconds as "2:05". */
    static String clock(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        StringBuilder clock = new StringBuilder(8);
        if (hours > 0) {
            clock.append(hours).append(':').append(minutes < 10 ? "0" : "");
        }
        return clock.append(minutes).append(':').append(rest < 10 ? "0" : "").append(rest).toString();
    }

    /** 125 seconds as "PT2M5S", for datetime attributes and structured data. */
    static String isoDuration(int seconds) {
        return java.time.Duration.ofSeconds(seconds).toString();
    }

    private static String shortZone(ZonedDateTime local) {
        // "ET" reads better than "EST"/"EDT" on a news site; other zones keep their own short name.
        if (local.getZone().getId().equals("America/New_York")) {
            return "ET";
        }
        return local.getZone().getDisplayName(TextStyle.SHORT_STANDALONE, Locale.US);
    }

    private static ZoneId siteZone() {
        ZoneId current = zone;
        if (current == null) {
            current = Arc.container().instance(Site.class).get().zone();
            zone = current;
        }
        return current;
    }
}
