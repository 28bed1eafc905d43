package io.masthead.web;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Remembers the text of recently formatted instants: a fixed number of slots, each holding the
 * last instant that hashed to it, so it never grows and needs no lock. Formatting a date with a
 * time zone costs more than the rest of a story card.
 */
final class RecentlyFormatted {

    private static final int SLOTS = 4096;

    private record Formatted(Instant instant, String text) {
    }

    private final AtomicReferenceArray<Formatted> slots = new AtomicReferenceArray<>(SLOTS);
    private final Function<Instant, String> format;

    RecentlyFormatted(Function<Instant, String> format) {
        this.format = format;
    }

    String format(Instant instant) {
        int slot = (instant.hashCode() * 0x9E3779B9 >>> 20) & (SLOTS - 1);
        Formatted remembered = slots.get(slot);
        if (remembered != null && remembered.instant().equals(instant)) {
            return remembered.text();
        }
        String text = format.apply(instant);
        slots.set(slot, new Formatted(instant, text));
        return text;
    }
}
