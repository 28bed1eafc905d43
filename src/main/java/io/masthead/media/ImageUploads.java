package io.masthead.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import io.masthead.config.MastheadConfig;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Takes an uploaded picture only by what its bytes are: JPEG, PNG, GIF or WebP by their magic
 * numbers, whatever the name or declared type says. Size and pixel dimensions are checked before
 * the picture is decoded; it is then re-encoded by the {@link ImageStore}, which drops metadata.
 * Decoding is bounded ({@link DecodeBudget}): a few at a time, within a memory budget, and large
 * pictures are decoded subsampled to what the largest stored variant needs.
 */
@ApplicationScoped
public class ImageUploads {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_SIDE = 12_000;

    /** Why an upload was refused, in words for the person who sent it. */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    enum Format {
        JPEG("jpeg"), PNG("png"), GIF("gif"), WEBP("webp");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }
    }

    private final ImageStore store;
    private final DecodeBudget budget;

    ImageUploads(ImageStore store, MastheadConfig config) {
        this.store = store;
        this.budget = new DecodeBudget(config.security().imageDecodes(), config.security().imageMemoryMb());
    }

    public Image accept(Path file) throws Refused {
        long size;
        byte[] head = new byte[16];
        int read;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new Refused("The upload could not be read. Please try again.");
        }
        if (size == 0) {
            throw new Refused("The file is empty.");
        }
        if (size > MAX_BYTES) {
            throw new Refused("The image is larger than 10 MB.");
        }
        Format format = sniff(head, read);
        if (format == null) {
            throw new Refused("Only JPEG, PNG, GIF and WebP images are accepted.");
        }
        // The decoded picture, its RGB copy and the scaled variants are all held while it is stored.
        try (DecodeBudget.Permit permit = budget.acquire(file, format)) {
            BufferedImage picture = decode(file, format, permit.subsampling());
            try {
                return store.store(picture);
            } catch (jakarta.persistence.PersistenceException e) {
                // The same picture uploaded twice at the same moment: the other upload recorded it first.
                return store.store(picture);
            }
        }
    }

    static Format sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (n >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Format.PNG;
        }
        if (n >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
                && b[5] == 'a') {
            return Format.GIF;
        }
        if (n >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    /**
     * The reader for the format, preferring TwelveMonkeys' pure-Java ones: hostile uploads are
     * decoded in Java, while the native libwebp (there for writing WebP) also offers a reader.
     */
    private static ImageReader reader(Format format) throws Refused {
        ImageReader chosen = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName); readers.hasNext(); ) {
            ImageReader candidate = readers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.twelvemonkeys.")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new Refused("This server cannot read " + format + " images; please upload a JPEG or PNG.");
        }
        return chosen;
    }

    private static BufferedImage decode(Path file, Format format, int subsampling) throws Refused {
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            checkDimensions(reader.getWidth(0), reader.getHeight(0));
            // A truncated or corrupt picture is "read" with a warning and grey where the data ended: refuse it.
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage picture = reader.read(0, param);
            if (picture == null || !warnings.isEmpty()) {
                throw new Refused("The image could not be read; it may be damaged or cut short.");
            }
            return picture;
        } catch (IOException | RuntimeException e) {
            throw new Refused("The image could not be read; it may be damaged or cut short.");
        } finally {
            reader.dispose();
        }
    }

    /** The header alone gives the dimensions: a pixel flood is refused before any decoding. */
    static void checkDimensions(long width, long height) throws Refused {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new Refused("The image is too large: at most 40 megapixels and 12,000 pixels a side.");
        }
    }
}
