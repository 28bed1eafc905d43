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
            long micros = Long.parseLong(m.group(1));
            long id = Long.parseLong(m.group(2));
            return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw new BadRequestException("That page link is not valid.");
        }
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
    }
}
