package io.masthead.delivery;

/**
 * The one signal that something readers see has changed, fired as a CDI event by whoever changed
 * it. Only the delivery package observes it and decides what to purge: writers never touch a
 * cache, and caches never guess.
 */
public enum ContentChanged {
    /** A transaction committed on this instance changed content: every instance must follow. */
    COMMITTED,
    /**
     * This instance recomputed something every instance derives from the shared database for
     * itself (Most Popular's order, the site settings, the Lucene search index): only this
     * instance's pages change.
     */
    RECOMPUTED
}
