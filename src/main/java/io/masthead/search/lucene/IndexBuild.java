package io.masthead.search.lucene;

import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexWriter;

/**
 * Every article into the writer, read in id ranges by one worker per core: each reads its range
 * from the database and analyzes it, so reading and analysis overlap. Nothing is committed here.
 */
final class IndexBuild {

    private static final long RANGE = 2_000;

    private final AgroalDataSource dataSource;
    private final IndexWriter writer;
    private final BooleanSupplier stopping;
    private final AtomicLong nextRange = new AtomicLong();
    private final AtomicLong added = new AtomicLong();

    IndexBuild(AgroalDataSource dataSource, IndexWriter writer, BooleanSupplier stopping) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.stopping = stopping;
    }

    /** Adds the articles with ids from {@code first} to {@code last}; returns how many there were. */
    long run(long first, long last) throws IOException, SQLException {
        if (last < first || last == 0) {
            return 0;
        }
        nextRange.set(first);
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "search-index-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> work(last)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while building the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof SqlFailure sql) {
                throw sql.cause;
            }
            throw new IllegalStateException("Building the search index failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return added.get();
    }

    private void work(long last) {
        try (Connection c = dataSource.getConnection()) {
            long from;
            while (!stopping.getAsBoolean() && (from = nextRange.getAndAdd(RANGE)) <= last) {
                for (ArticleDocuments.Row row : ArticleDocuments.inRange(c, from, from + RANGE).values()) {
                    writer.addDocument(ArticleDocuments.document(row));
                    added.incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private static final class SqlFailure extends RuntimeException {
        final SQLException cause;

        SqlFailure(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
