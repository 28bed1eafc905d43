package io.masthead.admin;

import jakarta.ws.rs.BadRequestException;
import java.util.Locale;

/** Filters from a newsroom list's query string: absent or empty means "any"; anything else must parse, or 400. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("That filter is not one of the choices.");
        }
    }

    public static Long idOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new BadRequestException("That filter is not one of the choices.");
        }
        return Long.valueOf(value.strip());
    }

    /** A 1-based page number; absent means the first. */
    public static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (!value.strip().matches("\\d{1,6}") || Integer.parseInt(value.strip()) < 1) {
            throw new BadRequestException("That page number is not valid.");
        }
        return Integer.parseInt(value.strip());
    }
}
