package io.masthead.ops;

import io.agroal.api.AgroalDataSource;
import io.masthead.admin.AuditLog;
import io.masthead.user.User;
import io.masthead.config.MastheadConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded store: H2's {@code BACKUP TO} (a transactionally consistent copy
 * taken while the app keeps serving and writing) plus the image folder, in one zip under
 * {@code <data-dir>/backups/}. Images are added after the database copy, so every image the copy
 * refers to is in the zip (an image is on disk before the row that names it is committed).
 * <p>
 * PostgreSQL stores are backed up with pg_dump (docs/OPERATIONS.md); this refuses them.
 */
@ApplicationScoped
public class Backups {

    static final Pattern NAME = Pattern.compile("masthead-\\d{8}-\\d{6}(-\\d+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** A backup on disk. */
    public record BackupFile(String name, long bytes, Instant writtenAt) {
        /** "12.3 MB", for the newsroom page. */
        public String size() {
            return String.format(java.util.Locale.US, "%.1f MB", bytes / 1_000_000.0);
        }
    }

    /** A backup just written, and what it took. */
    public record Written(BackupFile file, BackupArchive.Contents contents, Duration took) {
    }

    private final AgroalDataSource dataSource;
    private final Path dataFolder;
    private final Path folder;
    private final int keep;
    private final String jdbcUrl;

    Backups(AgroalDataSource dataSource, MastheadConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this.dataSource = dataSource;
        this.dataFolder = Path.of(config.dataDir());
        this.folder = dataFolder.resolve("backups");
        this.keep = Math.max(1, config.backup().keep());
        this.jdbcUrl = jdbcUrl.orElse("");
    }

    /** Only an H2 database in files can be backed up from inside the app. */
    public boolean supported() {
        return jdbcUrl.startsWith("jdbc:h2:file:");
    }

    /** Why not, for the newsroom page, when {@link #supported()} is false. */
    public String unsupportedReason() {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "This site keeps its data in PostgreSQL: back it up with pg_dump and copy the images folder "
                    + "(ops/backup-postgresql, see docs/OPERATIONS.md).";
        }
        return "This site's database is not an H2 database in files, so there is nothing to copy from here.";
    }

    public Path folder() {
        return folder;
    }

    /** An admin's "Back up now". */
    public Written create(User actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new ForbiddenException();
        }
        return create(actor.username);
    }

    @Scheduled(every = "${masthead.backup.every:off}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!supported()) {
            Log.warn("masthead.backup.every is set, but only H2 file stores are backed up from the app; see docs/OPERATIONS.md");
            return;
        }
        Written written = create((String) null);
        Log.infof("Scheduled backup %s written (%d bytes, %d images) in %d ms", written.file().name(),
                written.file().bytes(), written.contents().images(), written.took().toMillis());
    }

    /** One backup at a time; the app keeps serving and writing meanwhile. */
    synchronized Written create(String username) {
        if (!supported()) {
            throw new IllegalStateException(unsupportedReason());
        }
        Instant started = Instant.now();
        try {
            Files.createDirectories(folder);
            String name = freeName(started);
            Path h2Zip = folder.resolve("." + name + ".h2.part");
            Path partial = folder.resolve("." + name + ".part");
            Properties manifest = new Properties();
            manifest.setProperty("format", "1");
            manifest.setProperty("written-at", started.toString());
            try {
                manifest.setProperty("h2-version", backupDatabase(h2Zip));
                BackupArchive.Contents contents = BackupArchive.write(h2Zip, dataFolder.resolve("images"), partial, manifest);
                Path target = folder.resolve(name);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                BackupFile file = new BackupFile(name, Files.size(target), started);
                Duration took = Duration.between(started, Instant.now());
                QuarkusTransaction.requiringNew().run(() -> AuditLog.record(username, "BACKUP", name,
                        file.bytes() + " bytes, " + contents.images() + " image files, " + took.toMillis() + " ms"));
                prune();
                return new Written(file, contents, took);
            } finally {
                Files.deleteIfExists(h2Zip);
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a backup into " + folder, e);
        }
    }

    /** Newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .map(Backups::describe)
                    .sorted(Comparator.comparing(BackupFile::writtenAt).thenComparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file behind a backup's name, if the name is one of ours and it exists. */
    public Optional<Path> file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** H2's online backup into a zip; returns the database version for the manifest. */
    private String backupDatabase(Path zip) throws IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IOException("H2 could not back up the database: " + e.getMessage(), e);
        }
    }

    private String freeName(Instant at) {
        String stamp = "masthead-" + STAMP.format(at);
        String name = stamp + ".zip";
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = stamp + "-" + n + ".zip";
        }
        return name;
    }

    private void prune() throws IOException {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(folder.resolve(old.name()));
            Log.infof("Deleted backup %s (masthead.backup.keep=%d)", old.name(), keep);
        }
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
