package io.masthead.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipTest {

    private static final Random RANDOM = new Random(42);

    @Test
    void whatItCompressesAnyGzipReaderReadsAndItReadsBack() throws IOException {
        for (byte[] body : bodies()) {
            for (boolean fast : new boolean[] {true, false}) {
                byte[] gzipped = Gzip.compress(body, fast);
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                    assertArrayEquals(body, in.readAllBytes());
                }
                assertArrayEquals(body, Gzip.decompress(gzipped));
            }
        }
    }

    @Test
    void itReadsOtherGzipMembersToo() throws IOException {
        for (byte[] body : bodies()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            }
            assertArrayEquals(body, Gzip.decompress(out.toByteArray()));
            byte[] named = out.toByteArray();
            // The same member with a file name in its header (FNAME): not laid out as ours.
            ByteArrayOutputStream withName = new ByteArrayOutputStream();
            withName.write(named, 0, 3);
            withName.write(0x08);
            withName.write(named, 4, 6);
            withName.writeBytes("page.html\0".getBytes(StandardCharsets.ISO_8859_1));
            withName.write(named, 10, named.length - 10);
            assertArrayEquals(body, Gzip.decompress(withName.toByteArray()));
        }
    }

    @Test
    void aThreadReusesItsCoderAcrossPagesOfEverySize() {
        byte[] big = bodies()[2];
        byte[] small = "<p>short</p>".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            byte[] body = i % 2 == 0 ? big : small;
            assertArrayEquals(body, Gzip.decompress(Gzip.compress(body, i % 3 == 0)));
        }
    }

    private static byte[][] bodies() {
        byte[] noise = new byte[300_000];
        RANDOM.nextBytes(noise);
        String page = "<article><h1>Council votes</h1><p>" + "The budget hearing ran late. ".repeat(4_000) + "</p></article>";
        return new byte[][] {new byte[0], "a".getBytes(StandardCharsets.UTF_8), page.getBytes(StandardCharsets.UTF_8), noise};
    }
}
