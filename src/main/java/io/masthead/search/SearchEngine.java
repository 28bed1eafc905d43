package io.masthead.search;

import java.util.Optional;

/**
 * Full-text search over articles: Lucene on embedded H2 builds, PostgreSQL's own full-text
 * search on PostgreSQL builds (one implementation exists per build, chosen by its db-kind). Pages
 * and the newsroom use {@link ReaderSearch} and {@link NewsroomSearch}, which decide the scope.
 */
public interface SearchEngine {

    /** A page of articles in the scope that match the request, best or newest first. */
    SearchResults search(SearchRequest request, SearchScope scope);

    /**
     * The word of the published articles' vocabulary closest in spelling to {@code word}, when
     * {@code word} itself is not in it (for "Did you mean").
     */
    Optional<String> closestWord(String word);

    /**
     * A transaction that may have changed searchable content has committed: returns once the
     * change can be found (or after a short bound, past which the engine announces it itself),
     * so caches purged after this call keep no page from before it.
     */
    void contentChanged();

    /** Returns once every change committed before the call can be found (tests, operators). */
    void awaitCurrent();
}
