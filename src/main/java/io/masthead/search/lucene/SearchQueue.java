package io.masthead.search.lucene;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The database side of the Lucene index: the queue the triggers fill ({@link SearchQueueTrigger})
 * and the record of which store and which round of updates the index was brought up to.
 */
final class SearchQueue {

    /** One queued change: its place in the queue and the article it touched. */
    record Entry(long seq, long articleId) {
    }

    /** The store's identity and the last round of updates the database knows the index took. */
    record State(String storeId, long applied) {
    }

    private SearchQueue() {
    }

    static State state(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select store_id, applied from search_index_state where id = 1")) {
            if (rs.next()) {
                return new State(rs.getString(1), rs.getLong(2));
            }
        }
        // A store that lost its row (edited by hand): give it a new identity, so the index is rebuilt.
        State fresh = new State(UUID.randomUUID().toString(), 0);
        try (PreparedStatement s = c.prepareStatement("insert into search_index_state (id, store_id, applied) values (1, ?, 0)")) {
            s.setString(1, fresh.storeId());
            s.executeUpdate();
        }
        return fresh;
    }

    static List<Entry> next(Connection c, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select seq, article_id from search_queue order by seq limit ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return entries;
    }

    static long size(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from search_queue")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every entry committed so far, as runs [first, last] of consecutive positions: what a rebuild will cover. */
    static List<long[]> snapshot(Connection c) throws SQLException {
        List<long[]> runs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select seq from search_queue order by seq")) {
            long[] run = null;
            while (rs.next()) {
                long seq = rs.getLong(1);
                if (run != null && seq == run[1] + 1) {
                    run[1] = seq;
                } else {
                    run = new long[] {seq, seq};
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    /**
     * After the index committed a round: takes its entries off the queue and records the round, in
     * one transaction. Only entries that were read are removed (a change committed meanwhile with
     * an earlier position stays queued).
     */
    static void finish(Connection c, List<Entry> taken, List<long[]> runs, long applied) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int from = 0; from < taken.size(); from += 500) {
                List<Entry> chunk = taken.subList(from, Math.min(taken.size(), from + 500));
                try (PreparedStatement s = c.prepareStatement("delete from search_queue where seq in ("
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setLong(i + 1, chunk.get(i).seq());
                    }
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from search_queue where seq between ? and ?")) {
                for (long[] run : runs) {
                    s.setLong(1, run[0]);
                    s.setLong(2, run[1]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("update search_index_state set applied = ? where id = 1")) {
                s.setLong(1, applied);
                s.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static long[] idRange(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(min(id), 0), coalesce(max(id), 0) from article")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
