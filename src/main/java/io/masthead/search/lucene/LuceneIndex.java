package io.masthead.search.lucene;

import io.agroal.api.AgroalDataSource;
import io.masthead.delivery.ContentChanged;
import io.masthead.search.SearchUnavailable;
import io.masthead.config.MastheadConfig;
import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene index in {@code <data-dir>/search}, kept in step with the database by one rule: the
 * database queues every change the index must take (by trigger, in the writing transaction), and
 * the index takes entries off the queue only after committing them itself. Whatever dies when, the
 * next round, or the next start, finds what is still queued and applies it again.
 * <p>
 * Each commit of the index records the store it was built from and its round of updates; the
 * database records the round it last saw finished. An index that does not match its database
 * (missing, from another store, older or newer than a restored database, another format) is
 * rebuilt from the articles at start, in the background; searches answer "being prepared" until
 * then. Rounds run on one thread ({@link IndexRounds}), after every commit announced on this
 * instance and every second for anything else (a bulk load, another process's writes).
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = true)
public class LuceneIndex {

    private static final int ROUND = 1_000;
    /** Past this many queued changes, rebuilding is cheaper than updating one by one. */
    private static final int REBUILD_ABOVE = 50_000;

    private final AgroalDataSource dataSource;
    private final Event<ContentChanged> changes;
    private final Path folder;

    private volatile IndexRounds rounds;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The committed index matches the database: searches may use it. */
    private volatile boolean ready;
    /** The writer holds a rebuild that has not been committed, or the index must be rebuilt. */
    private volatile boolean rebuildDue;
    private volatile boolean stopping;
    private String storeId;
    private long applied;

    LuceneIndex(AgroalDataSource dataSource, MastheadConfig config, Event<ContentChanged> changes) {
        this.dataSource = dataSource;
        this.changes = changes;
        this.folder = Path.of(config.dataDir()).resolve("search").toAbsolutePath().normalize();
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void destroy() {
        stop();
    }

    /**
     * Opens the index, checks it against the database, and starts keeping it in step. An index
     * that cannot be opened leaves search unavailable (its page says so), never the site down.
     */
    public synchronized void start() {
        if (rounds != null) {
            return;
        }
        stopping = false;
        try {
            open();
        } catch (IOException | SQLException | RuntimeException e) {
            Log.errorf(e, "Could not open the search index in %s; search is unavailable until the next start", folder);
            closeQuietly();
            return;
        }
        rounds = new IndexRounds(this::catchUp, changes);
    }

    private void open() throws IOException, SQLException {
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        Map<String, String> committed = IndexCommits.latest(directory);
        SearchQueue.State state;
        long queued;
        try (Connection c = dataSource.getConnection()) {
            state = SearchQueue.state(c);
            queued = SearchQueue.size(c);
        }
        storeId = state.storeId();
        applied = state.applied();
        boolean matches = IndexCommits.matches(committed, state);
        if (!matches) {
            IndexCommits.discard(directory, committed, state);
        }
        if (matches && queued > 0) {
            Log.infof("The search index takes in %d changes committed while it was not running", queued);
        }
        writer = new IndexWriter(directory, IndexCommits.writerConfig());
        searchers = new SearcherManager(writer, null);
        ready = matches;
        rebuildDue = !matches;
    }

    /** Stops taking changes and closes the index; what it had not committed stays queued in the database. */
    public synchronized void stop() {
        if (rounds == null) {
            return;
        }
        stopping = true;
        rounds.stop();
        rounds = null;
        closeQuietly();
    }

    /** Closing drops whatever was not committed (see {@link IndexCommits#writerConfig()}). */
    private void closeQuietly() {
        ready = false;
        try {
            IOUtils.close(searchers, writer, directory);
        } catch (IOException | RuntimeException e) {
            Log.warnf("Closing the search index: %s", e.getMessage());
        } finally {
            searchers = null;
            writer = null;
            directory = null;
        }
    }

    /**
     * A change committed on this instance: takes it in now, and returns once it is searchable or
     * after {@code bound} (see {@link IndexRounds#now}). Nobody waits for a rebuild (minutes on a
     * big store): it announces itself when it is done.
     */
    public void changed(Duration bound) {
        IndexRounds current = rounds;
        if (current != null) {
            current.now(bound, !rebuildDue);
        }
    }

    /** Returns once every change committed before the call is searchable. */
    public void awaitCurrent() {
        IndexRounds current = rounds;
        if (current == null) {
            throw new SearchUnavailable("The search index is not running.");
        }
        current.complete();
        if (!ready) {
            throw new SearchUnavailable("The search index could not be brought up to date; see the log.");
        }
    }

    interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs a search on the latest committed index; {@link SearchUnavailable} while it is being built. */
    <T> T withSearcher(SearchWork<T> work) throws IOException {
        SearcherManager manager = searchers;
        if (!ready || manager == null) {
            throw new SearchUnavailable("Search is being prepared. Please try again in a few minutes.");
        }
        IndexSearcher searcher = manager.acquire();
        try {
            return work.run(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** Applies queued changes, a round at a time, until the queue is empty; whether anything changed. */
    private boolean catchUp() throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (rebuildDue || SearchQueue.size(c) > REBUILD_ABOVE) {
                return rebuild();
            }
            List<SearchQueue.Entry> entries;
            boolean changed = false;
            while (!stopping && !(entries = SearchQueue.next(c, ROUND)).isEmpty()) {
                ArticleDocuments.reindex(writer, c, entries.stream().map(SearchQueue.Entry::articleId).distinct().toList());
                commitRound(c, entries, List.of());
                changed = true;
            }
            return changed;
        }
    }

    /**
     * Builds the index afresh from every article. The queue entries present when it starts are
     * covered by it and removed at the end; changes committed meanwhile stay queued for the next
     * round.
     */
    private boolean rebuild() throws IOException, SQLException {
        long started = System.nanoTime();
        List<long[]> covered;
        long[] range;
        try (Connection c = dataSource.getConnection()) {
            covered = SearchQueue.snapshot(c);
            range = SearchQueue.idRange(c);
        }
        rebuildDue = true;
        writer.deleteAll();
        long documents = new IndexBuild(dataSource, writer, () -> stopping).run(range[0], range[1]);
        if (stopping) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            commitRound(c, List.of(), covered);
        }
        rebuildDue = false;
        ready = true;
        Log.infof("Search index built: %d articles in %d s", documents,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        return true;
    }

    /** Commits the index first, then takes the round's entries off the queue: never the other way round. */
    private void commitRound(Connection c, List<SearchQueue.Entry> taken, List<long[]> covered) throws IOException, SQLException {
        long round = applied + 1;
        writer.setLiveCommitData(IndexCommits.of(storeId, round).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        SearchQueue.finish(c, taken, covered, round);
        applied = round;
    }
}
