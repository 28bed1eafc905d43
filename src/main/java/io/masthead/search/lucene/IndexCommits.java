package io.masthead.search.lucene;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What each commit of the index records about itself (its format, the store it was built from, its
 * round of updates), and whether that still matches the database.
 */
final class IndexCommits {

    /** Bumped whenever documents change shape: an index of another format is rebuilt at start. */
    static final String FORMAT = "5";
    private static final String FORMAT_KEY = "format";
    private static final String STORE_KEY = "store";
    private static final String APPLIED_KEY = "applied";

    private IndexCommits() {
    }

    /** The latest commit's data; empty when there is no index or it cannot be read. */
    static Map<String, String> latest(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        } catch (IOException | RuntimeException e) {
            Log.warnf("The search index could not be read (%s); it is rebuilt", e.getMessage());
            return Map.of();
        }
    }

    /**
     * The index was built from this store, in this format, and holds the database's last round or
     * the one after it (committed to the index, not yet recorded in the database: that round's
     * entries are still queued and are applied again).
     */
    static boolean matches(Map<String, String> committed, SearchQueue.State state) {
        long indexApplied = parse(committed.get(APPLIED_KEY));
        return FORMAT.equals(committed.get(FORMAT_KEY)) && state.storeId().equals(committed.get(STORE_KEY))
                && (indexApplied == state.applied() || indexApplied == state.applied() + 1);
    }

    /** Empties an index that does not match its database, to be rebuilt. */
    static void discard(Directory directory, Map<String, String> committed, SearchQueue.State state) throws IOException {
        Log.infof("The search index in %s does not match this database (%s); rebuilding it",
                directory instanceof org.apache.lucene.store.FSDirectory fs ? fs.getDirectory() : directory,
                committed.isEmpty() ? "no index yet" : "index " + committed + ", database " + state);
        // A damaged index cannot even be overwritten in place: start from an empty folder.
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
    }

    static Map<String, String> of(String storeId, long round) {
        return Map.of(FORMAT_KEY, FORMAT, STORE_KEY, storeId, APPLIED_KEY, Long.toString(round));
    }

    static IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.INDEX);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // Closing drops whatever was not committed (a half-done rebuild): the queue still has it.
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static long parse(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
