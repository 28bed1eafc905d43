package io.masthead.delivery;

/**
 * How long browsers and shared caches may keep a public page. Fronts change all the time;
 * an article rarely does once it is out. Stale copies may be served while a fresh one is fetched.
 */
public enum Freshness {
    FRONT("public, max-age=15, s-maxage=30, stale-while-revalidate=60"),
    ARTICLE("public, max-age=60, s-maxage=120, stale-while-revalidate=600"),
    FEED("public, max-age=300, s-maxage=300, stale-while-revalidate=600");

    public final String cacheControl;

    Freshness(String cacheControl) {
        this.cacheControl = cacheControl;
    }
}
