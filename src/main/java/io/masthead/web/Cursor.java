package io.masthead.web;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyset position in a river sorted newest first: the publication time (microseconds)
 * and id of the last item shown. Written into "Load more" links as {@code 1764400000123456-42}.
 */
public record Cursor(Instant at, long id) {

    /** No river holds anything published this far ahead; a cursor beyond it was made up. */
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    /** Before every real position: page 1 of a river reads from here. */
    public static final Cursor TOP = new Cursor(LATEST, Long.MAX_VALUE);
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,17})-(\\d{1,18})");

    public static Cursor after(Instant at, long id) {
        return new Cursor(at.truncatedTo(ChronoUnit.MICROS), id);
    }

    /** Null for an absent cursor; 400 for anything that is not one. */
    public static Cursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new BadRequestException("That page link is not valid.");
        }
        try {
            Instant at = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
            long id = Long.parseLong(m.group(2));
            if (at.isAfter(LATEST)) {
                throw new BadRequestException("That page link is not valid.");
            }
            return new Cursor(at, id);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw new BadRequestException("That page link is not valid.");
        }
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
    }
}
