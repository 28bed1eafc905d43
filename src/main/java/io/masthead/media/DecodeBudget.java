package io.masthead.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Keeps image decoding from taking the process down: at most {@code masthead.security.image-decodes}
 * pictures at a time, and together within {@code masthead.security.image-memory-mb}. A large picture
 * is decoded subsampled, to at most {@link #DECODED_PIXELS} (twice the largest variant's width each
 * way), which is all the stored variants need; its cost is estimated from the header before any
 * decoding. An upload that cannot get its share within half a minute is refused, not queued forever.
 */
final class DecodeBudget {

    /** 2560 × 2560: the widest stored variant is 1280 pixels. */
    static final long DECODED_PIXELS = 2560L * 2560;
    static final int WAIT_SECONDS = 30;
    private final int waitSeconds;
    private static final long MB = 1024 * 1024;

    private final Semaphore decodes;
    private final Semaphore megabytes;
    private final int totalMegabytes;

    DecodeBudget(int concurrent, int memoryMb) {
        this(concurrent, memoryMb, WAIT_SECONDS);
    }

    DecodeBudget(int concurrent, int memoryMb, int waitSeconds) {
        this.waitSeconds = waitSeconds;
        this.decodes = new Semaphore(Math.max(1, concurrent), true);
        this.totalMegabytes = Math.max(16, memoryMb);
        this.megabytes = new Semaphore(totalMegabytes, true);
    }

    /** A share of the budget for one picture; closing it gives the share back. */
    final class Permit implements AutoCloseable {
        private final int mb;
        private final int subsampling;
        private boolean released;

        Permit(int mb, int subsampling) {
            this.mb = mb;
            this.subsampling = subsampling;
        }

        int subsampling() {
            return subsampling;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                megabytes.release(mb);
                decodes.release();
            }
        }
    }

    Permit acquire(Path file, ImageUploads.Format format) throws ImageUploads.Refused {
        long[] size = dimensions(file, format);
        ImageUploads.checkDimensions(size[0], size[1]);
        long pixels = size[0] * size[1];
        int subsampling = subsampling(pixels);
        int mb = (int) Math.min(totalMegabytes, Math.max(1, estimate(pixels, subsampling, format) / MB + 1));
        try {
            if (!decodes.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw busy();
            }
            if (!megabytes.tryAcquire(mb, waitSeconds, TimeUnit.SECONDS)) {
                decodes.release();
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return new Permit(mb, subsampling);
    }

    /** Every n-th pixel each way, so the decoded picture holds at most DECODED_PIXELS. */
    static int subsampling(long pixels) {
        return (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
    }

    /**
     * Bytes one picture holds at its peak: the decoded picture, its RGB copy and the halving steps of
     * the scaler (4 bytes a pixel each, about three copies), plus what the decoder keeps of the full
     * picture (a progressive JPEG's coefficients; the WebP decoder decodes the whole before subsampling).
     */
    static long estimate(long pixels, int subsampling, ImageUploads.Format format) {
        long decoded = pixels / ((long) subsampling * subsampling);
        long decoder = switch (format) {
            case JPEG -> pixels * 2;
            case WEBP -> pixels * 4;
            case PNG, GIF -> 0;
        };
        return decoded * 4 * 3 + decoder;
    }

    private static long[] dimensions(Path file, ImageUploads.Format format) throws ImageUploads.Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new ImageUploads.Refused("This server cannot read " + format + " images; please upload a JPEG or PNG.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            return new long[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            throw new ImageUploads.Refused("The image could not be read; it may be damaged or cut short.");
        } finally {
            reader.dispose();
        }
    }

    private static ImageUploads.Refused busy() {
        return new ImageUploads.Refused("The server is busy with other pictures. Please send this one again in a minute.");
    }
}
