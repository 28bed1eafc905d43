package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyFormattedTest {

    @Test
    void everyInstantGetsItsOwnTextAndARepeatIsNotFormattedAgain() {
        AtomicInteger formatted = new AtomicInteger();
        RecentlyFormatted dates = new RecentlyFormatted(instant -> {
            formatted.incrementAndGet();
            return "at " + instant.getEpochSecond();
        });
        Instant base = Instant.parse("2026-11-29T10:00:00Z");
        // Far more instants than slots, so many share a slot and push each other out.
        for (int i = 0; i < 20_000; i++) {
            Instant at = base.plusSeconds(i * 61L);
            assertEquals("at " + at.getEpochSecond(), dates.format(at));
        }
        int before = formatted.get();
        assertEquals("at " + base.getEpochSecond(), dates.format(base));
        assertEquals("at " + base.getEpochSecond(), dates.format(base));
        assertEquals(before + 1, formatted.get(), "a repeated instant is formatted once, then remembered");
    }
}
