package io.masthead.video;

import java.nio.ByteBuffer;

/** Reads a WebM file's length from its Segment Info (Matroska EBML: TimecodeScale × Duration), for tests. */
final class WebmDuration {

    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1L;
    private static final long DURATION = 0x4489L;

    private final byte[] bytes;
    private int at;

    private WebmDuration(byte[] bytes) {
        this.bytes = bytes;
    }

    static double of(byte[] webm) {
        WebmDuration reader = new WebmDuration(webm);
        reader.enter(SEGMENT, webm.length);
        int infoEnd = reader.enter(INFO, webm.length);
        long scale = 1_000_000;
        double duration = -1;
        while (reader.at < infoEnd) {
            long id = reader.vint(false);
            int size = (int) reader.vint(true);
            if (id == TIMECODE_SCALE) {
                scale = reader.unsigned(size);
            } else if (id == DURATION) {
                ByteBuffer value = ByteBuffer.wrap(webm, reader.at, size);
                duration = size == 4 ? value.getFloat() : value.getDouble();
            }
            reader.at += size;
        }
        if (duration < 0) {
            throw new IllegalStateException("no Duration in the Segment Info");
        }
        return duration * scale / 1e9;
    }

    /** Skips siblings up to the element with that id and moves inside it; returns where it ends. */
    private int enter(long wanted, int end) {
        while (at < end) {
            long id = vint(false);
            long size = vint(true);
            if (id == wanted) {
                return size == -1 ? end : (int) Math.min(end, at + size);
            }
            at += (int) size;
        }
        throw new IllegalStateException("no element " + Long.toHexString(wanted));
    }

    /** An EBML variable-length integer: the id keeps its length marker, a size drops it (all ones: unknown, -1). */
    private long vint(boolean dropMarker) {
        int first = bytes[at] & 0xff;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        long value = dropMarker ? first & (0xff >> length) : first;
        boolean allOnes = value == (0xff >> length);
        for (int i = 1; i < length; i++) {
            int next = bytes[at + i] & 0xff;
            allOnes &= next == 0xff;
            value = value << 8 | next;
        }
        at += length;
        return dropMarker && allOnes ? -1 : value;
    }

    private long unsigned(int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | (bytes[at + i] & 0xff);
        }
        return value;
    }
}
