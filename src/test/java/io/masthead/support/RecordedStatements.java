package io.masthead.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** The SQL the application sends while a test records, exactly as Hibernate wrote it. */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
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
}
