package io.masthead.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.AuditLog;
import io.masthead.support.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** A username with a line break once wrote a forged "LOGIN OK for admin" line into the log. */
@QuarkusTest
class LogInjectionTest {

    @Inject
    FailedLogins failedLogins;

    @Test
    void aUsernameWithALineBreakStaysOnOneLogLineAndOneAuditLine() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger user = Logger.getLogger("io.masthead.user");
        Level level = user.getLevel();
        user.setLevel(Level.ALL);
        root.addHandler(capture);
        String forged = "mallory\r\n2026-12-01 10:00:00,000 INFO  [io.masthead.user.Credentials] Signed in: admin from 10.0.0.1";
        try {
            Browser.anonymous().login(forged, "whatever-password");
            Browser.anonymous().withHeader("Origin", "https://evil.example\u0085x").login(forged, "whatever-password");
            failedLogins.flush();
        } finally {
            root.removeHandler(capture);
            user.setLevel(level);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("mallory")), "the failure was logged: " + lines);
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u0085"), "a line break in: " + line);
        }
        List<AuditLog> rows = QuarkusTransaction.requiringNew().call(() -> AuditLog.<AuditLog>list("username like 'mallory%'"));
        assertTrue(!rows.isEmpty());
        rows.forEach(row -> assertFalse(row.username.contains("\n") || row.username.contains("\r"), row.username));
    }
}
