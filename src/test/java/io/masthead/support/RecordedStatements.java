package io.masthead.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL the application sends while a test records, exactly as Hibernate wrote it; and, always,
 * how many statements went to content_state, the shared content version through which instances
 * tell each other of a change (written from a thread of its own after every commit).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private final AtomicLong contentVersionStatements = new AtomicLong();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (sql.toLowerCase(Locale.ROOT).contains("content_state")) {
            contentVersionStatements.incrementAndGet();
        }
        if (recording) {
            recorded.add(sql);
        }
        return sql;
    }

    /** Starts recording afresh. */
    public void start() {
        recorded.clear();
        recording = true;
    }

    /** Stops recording and returns what was sent since {@link #start()}. */
    public List<String> stop() {
        recording = false;
        return new ArrayList<>(recorded);
    }

    /** Statements that read or moved the shared content version so far. */
    long contentVersionStatements() {
        return contentVersionStatements.get();
    }
}
