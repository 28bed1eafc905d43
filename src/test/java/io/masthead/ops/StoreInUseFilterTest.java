package io.masthead.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** The one line a second process prints when another one holds the H2 files. */
class StoreInUseFilterTest {

    @Test
    @DisabledIfSystemProperty(named = "build.db-kind", matches = "postgresql", disabledReason = "H2 only")
    void h2sOwnRefusalBecomesOneLineThatNamesTheFolder() throws Exception {
        Path folder = Path.of("target", "lock-test-" + UUID.randomUUID(), "db").toAbsolutePath();
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder + "/masthead";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t (id int)");
        }
        // Another process would hold exactly this lock while it has the database open.
        try (FileChannel channel = FileChannel.open(folder.resolve("masthead.mv.db"), StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", ""));
            LogRecord record = new LogRecord(Level.SEVERE, "Failed to start application");
            record.setThrown(new RuntimeException("Failed to start quarkus", new IllegalStateException("Flyway", refused)));

            assertTrue(new StoreInUseFilter().isLoggable(record));

            assertNull(record.getThrown(), "no stack trace");
            assertEquals("The H2 database in " + folder + " is in use by another process; stop that process first, "
                    + "or start this one with another MASTHEAD_DATA_DIR. Nothing was opened or changed.", record.getMessage());
        }
    }

    @Test
    void otherFailuresKeepTheirMessageAndStackTrace() {
        RuntimeException failure = new RuntimeException("Failed to start quarkus", new SQLException("Connection refused", "08001", 0));
        LogRecord record = new LogRecord(Level.SEVERE, "Failed to start application");
        record.setThrown(failure);

        assertTrue(new StoreInUseFilter().isLoggable(record));

        assertSame(failure, record.getThrown());
        assertEquals("Failed to start application", record.getMessage());
    }

    @Test
    void aMessageWithoutAFileStillSaysWhatToDo() {
        String line = StoreInUseFilter.message(new SQLException("Database may be already in use", "90020", 90020));
        assertNotNull(line);
        assertTrue(line.startsWith("The H2 database in the data folder is in use by another process"), line);
    }
}
