package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Uploads are judged by their bytes: wrong types, SVG, oversized files and pixel floods are refused. */
@QuarkusTest
class UploadTest {

    @Inject
    Fixtures fixtures;

    Response upload(byte[] bytes) {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        var article = fixtures.articleOwnedBy(writer, section, ArticleStatus.DRAFT);
        Browser contributor = fixtures.signedIn(writer);
        Long before = fixtures.reloadArticle(article.id).leadImage.id;
        Response response = contributor.form("/admin/articles/" + article.id, "form.form").file("leadImage", bytes).submit();
        if (response.statusCode() >= 400) {
            assertEquals(before, fixtures.reloadArticle(article.id).leadImage.id, "the lead image is unchanged");
            String error = Jsoup.parse(response.body().asString()).select("#leadImage-error").text();
            assertFalse(error.isBlank(), "the problem is shown beside the upload field");
        }
        return response;
    }

    @Test
    void aRealPngIsAcceptedAndReencoded() throws Exception {
        assertEquals(303, upload(ArticleLifecycleTest.png(640, 360)).statusCode());
    }

    @Test
    void htmlNamedAsAJpegIsRefused() {
        assertEquals(400, upload("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void svgIsRefused() {
        String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>";
        assertEquals(400, upload(svg.getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void aTruncatedPngIsRefused() throws Exception {
        byte[] png = ArticleLifecycleTest.png(640, 360);
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertEquals(400, upload(cut).statusCode());
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        int status = upload(big).statusCode();
        assertTrue(status == 400 || status == 413, "status " + status);
    }

    @Test
    void aPixelFloodIsRefusedFromItsHeader() throws Exception {
        assertEquals(400, upload(pixelFlood(50_000, 50_000)).statusCode());
    }

    /** A tiny PNG that claims 50,000 × 50,000 pixels: decoding it would need gigabytes. */
    static byte[] pixelFlood(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[width + 1]);
        deflater.finish();
        byte[] buffer = new byte[65536];
        int length = deflater.deflate(buffer);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, length));
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
