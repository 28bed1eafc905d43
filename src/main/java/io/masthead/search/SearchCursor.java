package io.masthead.search;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of results ended, written into the "Load more" link. Best-match order: the score
 * and id of the last hit, and the moment recency was measured from (kept for every page, so the
 * scores of one reader's pages are comparable): {@code r1764400000000.3fe0000000000000.42}.
 * Newest first: publication time in microseconds and id, {@code n1764400000123456.42}.
 */
public record SearchCursor(SearchSort sort, long originMillis, double score, long atMicros, long id) {

    private static final Pattern RELEVANCE = Pattern.compile("r(\\d{1,15})\\.([0-9a-f]{1,16})\\.(\\d{1,18})");
    private static final Pattern NEWEST = Pattern.compile("n(\\d{1,17})\\.(\\d{1,18})");
    private static final long EARLIEST_ORIGIN = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    private static final String INVALID = "That page of results is not available: its link is not valid. Search again.";

    public static SearchCursor relevance(long originMillis, double score, long id) {
        return new SearchCursor(SearchSort.RELEVANCE, originMillis, score, 0, id);
    }

    public static SearchCursor newest(Instant at, long id) {
        return new SearchCursor(SearchSort.NEWEST, 0, 0, ChronoUnit.MICROS.between(Instant.EPOCH, at), id);
    }

    public Instant at() {
        return Instant.EPOCH.plus(atMicros, ChronoUnit.MICROS);
    }

    /** Null for no cursor; a 400 for anything that is not one of ours, or not for this order. */
    public static SearchCursor parse(String text, SearchSort sort) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher m = (sort == SearchSort.RELEVANCE ? RELEVANCE : NEWEST).matcher(text);
        if (!m.matches()) {
            throw new BadRequestException(INVALID);
        }
        try {
            if (sort == SearchSort.NEWEST) {
                return new SearchCursor(sort, 0, 0, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
            long origin = Long.parseLong(m.group(1));
            double score = Double.longBitsToDouble(Long.parseUnsignedLong(m.group(2), 16));
            boolean plausible = origin >= EARLIEST_ORIGIN && origin <= System.currentTimeMillis() + 86_400_000L;
            if (!plausible || !Double.isFinite(score) || score < 0) {
                throw new BadRequestException(INVALID);
            }
            return new SearchCursor(sort, origin, score, 0, Long.parseLong(m.group(3)));
        } catch (NumberFormatException e) {
            throw new BadRequestException(INVALID);
        }
    }

    public String token() {
        return sort == SearchSort.RELEVANCE
                ? "r" + originMillis + "." + Long.toHexString(Double.doubleToLongBits(score)) + "." + id
                : "n" + atMicros + "." + id;
    }
}
