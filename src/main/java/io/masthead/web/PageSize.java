package io.masthead.web;

import jakarta.ws.rs.BadRequestException;

/** The ?size= of a river: 1 to 50 items, 20 when absent. */
public final class PageSize {

    public static final int DEFAULT = 20;
    public static final int MAX = 50;

    private PageSize() {
    }

    public static int parse(String text) {
        return parse(text, DEFAULT);
    }

    /** The size asked for, or {@code fallback} when none was. */
    public static int parse(String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (!text.matches("\\d{1,3}")) {
            throw new BadRequestException("The page size must be a number from 1 to " + MAX + ".");
        }
        int size = Integer.parseInt(text);
        if (size < 1 || size > MAX) {
            throw new BadRequestException("The page size must be a number from 1 to " + MAX + ".");
        }
        return size;
    }
}
