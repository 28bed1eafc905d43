package io.masthead.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Restores a backup into a fresh data folder and proves it opens:
 * <pre>
 * java -cp 'app/*:lib/main/*' io.masthead.ops.RestoreBackup BACKUP.zip NEW_DATA_FOLDER
 * </pre>
 * (ops/restore-h2 finds the class path for you.) Unzips the database and the images, then opens
 * the database with H2 as the app would and prints what it holds. The folder must not hold a
 * database yet. The database user and password are the app's (QUARKUS_DATASOURCE_USERNAME /
 * _PASSWORD, default masthead/masthead). Exit status 0 when the restored store opens.
 */
public final class RestoreBackup {

    /** What a restored store holds. */
    public record Summary(long articles, long published, long images, long maxArticleId) {
    }

    private RestoreBackup() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RestoreBackup BACKUP.zip NEW_DATA_FOLDER");
            System.exit(2);
        }
        Path archive = Path.of(args[0]);
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(archive)) {
                throw new IOException("No such backup: " + archive);
            }
            Properties manifest = BackupArchive.manifest(archive);
            BackupArchive.Contents contents = BackupArchive.restore(archive, target);
            Summary summary = open(target, env("QUARKUS_DATASOURCE_USERNAME", "masthead"),
                    env("QUARKUS_DATASOURCE_PASSWORD", "masthead"));
            System.out.printf("restored %s (written %s, H2 %s) into %s%n", archive.getFileName(),
                    manifest.getProperty("written-at", "?"), manifest.getProperty("h2-version", "?"), target);
            System.out.printf("database files: %d, image files: %d%n", contents.databaseFiles(), contents.images());
            System.out.printf("articles: %d (%d published), images: %d, highest article id: %d%n",
                    summary.articles(), summary.published(), summary.images(), summary.maxArticleId());
            System.out.printf("start the app on it with MASTHEAD_DATA_DIR=%s%n", target);
        } catch (IOException | SQLException e) {
            System.err.println("restore failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Opens the restored H2 files (with the app's URL settings) and counts what is there. */
    public static Summary open(Path dataFolder, String user, String password) throws SQLException {
        String url = "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("db/masthead")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            return new Summary(
                    count(s, "select count(*) from article"),
                    count(s, "select count(*) from article where status = 'PUBLISHED'"),
                    count(s, "select count(*) from image"),
                    count(s, "select coalesce(max(id), 0) from article"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
