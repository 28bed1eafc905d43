package io.masthead.ops;

import io.quarkus.logging.LoggingFilter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second process started on the same H2 files fails at its first connection (H2 holds a file
 * lock while the database is open). Quarkus would log that as a wall of stack trace; this console
 * filter turns it into one line that says what to do. H2 refused before writing anything, so the
 * running process and its files are untouched.
 */
@LoggingFilter(name = "h2-store-in-use")
public final class StoreInUseFilter implements Filter {

    /** H2's "Database may be already in use". */
    static final int DATABASE_ALREADY_OPEN = 90020;
    private static final Pattern FILE = Pattern.compile("in use: \"([^\"]+)\"");

    @Override
    public boolean isLoggable(LogRecord record) {
        String clear = message(record.getThrown());
        if (clear != null) {
            record.setMessage(clear);
            record.setParameters(null);
            record.setThrown(null);
        }
        return true;
    }

    /** The one-line explanation when the failure comes from H2's file lock, else null. */
    static String message(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return "The H2 database in " + folder(sql.getMessage()) + " is in use by another process; "
                        + "stop that process first, or start this one with another MASTHEAD_DATA_DIR. "
                        + "Nothing was opened or changed.";
            }
        }
        return null;
    }

    private static String folder(String h2Message) {
        Matcher matcher = FILE.matcher(h2Message == null ? "" : h2Message);
        if (!matcher.find()) {
            return "the data folder";
        }
        Path parent = Path.of(matcher.group(1)).getParent();
        return parent == null ? matcher.group(1) : parent.toString();
    }
}
