package io.masthead.delivery;

/**
 * How many pages share a cached thing, which decides where the caches keep it. Each reach has a
 * byte budget of its own, so a crawler walking a million archive pages (each seen once) can only
 * evict other archive pages, never what every reader's page is made of.
 */
public enum Reach {
    /** Read by many pages: the front page, fronts, the header, rails, "More {Section} News". */
    SHARED,
    /** One page's own: an archive article, a tag or author page, a later page of a river. */
    SINGLE
}
