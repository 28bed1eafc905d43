package io.masthead.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Gzip for the page cache, with one deflater and one inflater per thread, reset between pages.
 * A deflater is a quarter of a megabyte of zlib's own memory: made and ended for every page
 * rendered (and an inflater for every page served plain), that memory churned through malloc a
 * few hundred times a second outside the JVM's account. Plain bytes come out in one array of
 * their exact size, read from the gzip trailer, instead of a stream's growing buffers.
 */
final class Gzip {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int TRAILER = 8;
    private static final int CHUNK = 16 * 1024;
    /** A trailer claiming more than this is not trusted to size the array. */
    private static final int MAX_PLAIN = 64 * 1024 * 1024;
    private static final ThreadLocal<Deflater> DEFAULT = ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
    private static final ThreadLocal<Deflater> FAST = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private Gzip() {
    }

    static byte[] compress(byte[] body, boolean fast) {
        Deflater deflater = (fast ? FAST : DEFAULT).get();
        deflater.reset();
        deflater.setInput(body);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + HEADER.length + TRAILER + 64);
        out.writeBytes(HEADER);
        byte[] chunk = new byte[CHUNK];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        writeIntLittleEndian(out, (int) crc.getValue());
        writeIntLittleEndian(out, body.length);
        return out.toByteArray();
    }

    /** The plain bytes of what {@link #compress} made; any other gzip member goes through the JDK's stream. */
    static byte[] decompress(byte[] gzipped) {
        if (gzipped.length < HEADER.length + TRAILER || !Arrays.equals(gzipped, 0, 4, HEADER, 0, 4)) {
            return viaStream(gzipped);
        }
        int size = readIntLittleEndian(gzipped, gzipped.length - 4);
        if (size < 0 || size > MAX_PLAIN) {
            return viaStream(gzipped);
        }
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(gzipped, HEADER.length, gzipped.length - HEADER.length - TRAILER);
        byte[] body = new byte[size];
        try {
            int n = 0;
            while (n < size && !inflater.finished()) {
                int got = inflater.inflate(body, n, size - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n == size && inflater.finished()) {
                return body;
            }
        } catch (DataFormatException e) {
            // not one of ours after all: the stream below reads it or says why not
        }
        return viaStream(gzipped);
    }

    private static byte[] viaStream(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), CHUNK)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }

    private static int readIntLittleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }
}
