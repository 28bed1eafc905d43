package io.masthead.admin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.ArticleStatus;
import io.masthead.media.Image;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads as an attacker sends them: damaged pictures, huge pictures, broken multipart bodies. */
@QuarkusTest
class UploadAbuseTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aTruncatedJpegIsRefused() throws Exception {
        byte[] jpeg = jpeg(800, 600);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);
        assertEquals(400, new UploadTest() {{ fixtures = UploadAbuseTest.this.fixtures; }}.upload(cut).statusCode());
    }

    @Test
    void aHugeButSmallPngIsDecodedSubsampled() throws Exception {
        byte[] png = grayPng(6320, 6320);
        assertTrue(png.length < 200_000, png.length + " bytes");
        long before = QuarkusTransaction.requiringNew().call(() -> Image.count());
        Response response = new UploadTest() {{ fixtures = UploadAbuseTest.this.fixtures; }}.upload(png);
        assertEquals(303, response.statusCode());
        Image stored = QuarkusTransaction.requiringNew().call(() -> Image.<Image>find("order by id desc").firstResult());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Image.count()) >= before);
        assertTrue(stored.width <= 2560 && stored.width >= 1280, "decoded at " + stored.width + " pixels wide, not 6320");
    }

    @Test
    void aMalformedMultipartBodyIsA400WithoutAStackTrace() {
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(writer);
        String token = browser.csrfToken();
        List<LogRecord> errors = new ArrayList<>();
        Handler capture = capture(errors);
        try {
            for (String body : List.of("--XYZ\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n--XYZ\r\n"
                    + "Content-Disposition: form-data; name=\"leadImage\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8",
                    "garbage without any boundary", "--XYZ\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--XYZ--\r\n")) {
                Response response = given().redirects().follow(false)
                        .cookie(Browser.SESSION_COOKIE, browser.cookie(Browser.SESSION_COOKIE))
                        .cookie(Browser.CSRF_COOKIE, token)
                        .contentType("multipart/form-data; boundary=XYZ").body(body.getBytes(StandardCharsets.ISO_8859_1))
                        .post("/admin/articles");
                assertEquals(400, response.statusCode(), body);
                assertFalse(response.body().asString().contains("Exception"), response.body().asString());
            }
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertTrue(errors.isEmpty(), "logged at ERROR: " + errors.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void anUploadPostedFromAnotherSiteIsRefusedBeforeItsBodyIsRead() throws Exception {
        User writer = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(writer).withHeader("Origin", "https://evil.example");
        long before = QuarkusTransaction.requiringNew().call(() -> io.masthead.article.Article.count());
        Response response = given().redirects().follow(false)
                .cookie(Browser.SESSION_COOKIE, browser.cookie(Browser.SESSION_COOKIE)).header("Origin", "https://evil.example")
                .multiPart("csrf-token", browser.csrfToken()).multiPart("headline", "Forged")
                .multiPart("leadImage", "a.png", ArticleLifecycleTest.png(64, 64), "image/png").post("/admin/articles");
        assertEquals(403, response.statusCode());
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> io.masthead.article.Article.count()));
    }

    static Handler capture(List<LogRecord> errors) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    static byte[] jpeg(int width, int height) throws Exception {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (int i = 0; i < 40; i++) {
            g.setColor(new java.awt.Color(i * 6, 255 - i * 6, (i * 37) % 255));
            g.fillOval(i * 17 % width, i * 29 % height, 120, 90);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A real, valid greyscale PNG of the given size: all zeros, so it compresses to almost nothing. */
    static byte[] grayPng(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new java.util.zip.Deflater(9))) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
