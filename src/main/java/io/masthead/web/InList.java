package io.masthead.web;

import io.quarkus.panache.common.Parameters;
import java.util.List;

/**
 * An IN list written as one named parameter per value. Hibernate translates a query whose IN
 * list is a single multi-valued parameter afresh on every run (its plan cache skips such queries),
 * which made the byline query the most expensive part of a page. With single-valued parameters
 * the plan is cached; the list is padded to a power of two by repeating its last value, so a
 * handful of query strings cover every list length.
 */
public final class InList {

    private InList() {
    }

    /** Binds {@code values} (not empty) into {@code params} and returns the "(:p0, :p1, ...)" to put after IN. */
    public static String bind(String name, List<?> values, Parameters params) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        int size = Integer.highestOneBit(values.size());
        if (size < values.size()) {
            size <<= 1;
        }
        StringBuilder placeholders = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            Object value = values.get(Math.min(i, values.size() - 1));
            params.and(name + i, value);
            placeholders.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return placeholders.append(')').toString();
    }
}
