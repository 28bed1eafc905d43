package io.masthead.cache;

import io.quarkus.qute.TemplateInstance;

/**
 * A public page that {@link CachedPageRoute} renders on the event loop, ahead of the REST layer,
 * when everything it shows is already in the data cache: no SQL, no hop to a worker thread, no
 * REST filters. Anything else (a redirect, a 404, data not loaded yet) is left to the page's
 * resource method, which runs on a worker and may read the database.
 */
public interface InMemoryPage {

    /**
     * The page at {@code path} (with {@code query}, null when there is none), or null when the
     * resource method must answer. Throws {@link DataCache.NotLoaded} when part of the page's data
     * is not in the data cache.
     */
    Rendered render(String path, String query);

    /** A page ready to render, with its freshness, the route template it is timed under and its reach. */
    record Rendered(TemplateInstance page, Freshness freshness, String route, Reach reach) {
    }
}
