package io.masthead.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a river and the link to the next one. Finders fetch size + 1 rows:
 * the extra row only says that there is more.
 */
public record River<T>(List<T> items, Cursor next, String baseUrl, int size) {

    public static <T> River<T> of(List<T> fetched, int size, Function<T, Cursor> cursorOf, String baseUrl) {
        if (fetched.size() <= size) {
            return new River<>(fetched, null, baseUrl, size);
        }
        List<T> shown = List.copyOf(fetched.subList(0, size));
        return new River<>(shown, cursorOf.apply(shown.get(size - 1)), baseUrl, size);
    }

    public boolean hasMore() {
        return next != null;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The next page's real URL: what the Load more link points to. */
    public String nextUrl() {
        return baseUrl + "?cursor=" + next.token() + (size != PageSize.DEFAULT ? "&size=" + size : "");
    }

    /** The same page as a fragment of items, for in-place loading. */
    public String nextFragmentUrl() {
        return nextUrl() + "&partial=1";
    }
}
