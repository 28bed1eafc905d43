package io.masthead.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a Masthead backup: one zip holding {@code db/} (the files of H2's own
 * {@code BACKUP TO} archive), {@code images/} (the image store, file for file) and
 * {@code masthead-backup.properties}. Unzipped into an empty folder it is a data folder the app
 * starts on. Plain Java, no container: {@link RestoreBackup} runs it from the command line.
 */
public final class BackupArchive {

    static final String DB = "db/";
    static final String IMAGES = "images/";
    static final String MANIFEST = "masthead-backup.properties";

    /** What went into, or came out of, an archive. */
    public record Contents(int databaseFiles, int images) {
    }

    private BackupArchive() {
    }

    /** Writes {@code target}: H2's backup zip under db/, then every image under images/, then the manifest. */
    static Contents write(Path h2Backup, Path imageFolder, Path target, Properties manifest) throws IOException {
        int databaseFiles = 0;
        int images = 0;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Backup))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        out.putNextEntry(new ZipEntry(DB + entry.getName()));
                        in.transferTo(out);
                        out.closeEntry();
                        databaseFiles++;
                    }
                }
            }
            if (databaseFiles == 0) {
                throw new IOException("H2 wrote an empty backup: " + h2Backup);
            }
            // JPEGs do not shrink: store them without spending CPU on deflate.
            out.setLevel(Deflater.NO_COMPRESSION);
            for (Path image : imageFiles(imageFolder)) {
                out.putNextEntry(new ZipEntry(IMAGES + imageFolder.relativize(image).toString().replace('\\', '/')));
                Files.copy(image, out);
                out.closeEntry();
                images++;
            }
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            manifest.setProperty("database-files", String.valueOf(databaseFiles));
            manifest.setProperty("images", String.valueOf(images));
            out.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(out, "Masthead backup");
            out.closeEntry();
        }
        return new Contents(databaseFiles, images);
    }

    /**
     * Unzips a backup into {@code dataFolder}, which must not hold a database yet: restoring never
     * overwrites a store. Only db/ and images/ are extracted, and no name may lead out of the folder.
     */
    public static Contents restore(Path archive, Path dataFolder) throws IOException {
        Path root = dataFolder.toAbsolutePath().normalize();
        Path db = root.resolve("db");
        if (Files.isDirectory(db)) {
            try (Stream<Path> existing = Files.list(db)) {
                if (existing.findAny().isPresent()) {
                    throw new IOException(db + " already holds a database; restore into an empty folder");
                }
            }
        }
        int databaseFiles = 0;
        int images = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                boolean isDb = name.startsWith(DB);
                if (entry.isDirectory() || !isDb && !name.startsWith(IMAGES)) {
                    continue;
                }
                Path file = root.resolve(name).normalize();
                if (!file.startsWith(root.resolve(isDb ? "db" : "images"))) {
                    throw new IOException("Refusing an archive entry outside the data folder: " + name);
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    in.transferTo(out);
                }
                if (isDb) {
                    databaseFiles++;
                } else {
                    images++;
                }
            }
        }
        if (databaseFiles == 0) {
            throw new IOException(archive + " holds no database (no db/ entries): is it a Masthead backup?");
        }
        return new Contents(databaseFiles, images);
    }

    /** The manifest written with the archive, empty when there is none. */
    public static Properties manifest(Path archive) throws IOException {
        Properties manifest = new Properties();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    manifest.load(in);
                    break;
                }
            }
        }
        return manifest;
    }

    private static List<Path> imageFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            // ImageStore writes "*.part" first and renames it into place; a half-written one is not an image.
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
