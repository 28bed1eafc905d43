package io.masthead.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every stored picture also exists as WebP, at each width, and pages offer it through {@code <picture>}. */
@QuarkusTest
class WebpDerivativesTest {

    @Inject
    ImageStore store;

    @Inject
    ImageBackfill backfill;

    private Image stored() {
        BufferedImage drawn = ImageArt.draw(ImageArt.Motif.CHART, ImageArt.Palette.FOREST, System.nanoTime(), 1000, 560);
        return store.store(drawn);
    }

    @Test
    void eachWidthIsStoredAsAJpegAndARealWebpOfTheSameSize() throws Exception {
        Image image = stored();
        for (int width : ImageStore.widthsOf(image.width)) {
            Response jpeg = RestAssured.get("/media/" + image.hash + "-" + width + ".jpg");
            Response webp = RestAssured.get("/media/" + image.hash + "-" + width + ".webp");
            assertEquals(200, webp.statusCode(), width + "w");
            assertEquals("image/webp", webp.contentType());
            assertEquals("image/jpeg", jpeg.contentType());
            assertEquals("nosniff", webp.header("X-Content-Type-Options"));
            assertTrue(webp.header("Cache-Control").contains("immutable"));
            byte[] bytes = webp.asByteArray();
            assertEquals(ImageUploads.Format.WEBP, ImageUploads.sniff(bytes, 16));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            assertEquals(width, decoded.getWidth());
            assertEquals(Math.round(560f * width / 1000), decoded.getHeight(), 1);
            assertTrue(bytes.length < jpeg.asByteArray().length, width + "w: WebP is the smaller file");
        }
        assertFalse(Files.exists(store.folder().resolve(image.hash + "-1280.webp")), "no width above the picture's own");
    }

    @Test
    void malformedOrUnknownNamesAre404() {
        assertEquals(404, RestAssured.get("/media/0123456789abcdef0123456789abcdef-320.webp").statusCode());
        assertEquals(404, RestAssured.get("/media/not-a-picture.webp").statusCode());
        assertEquals(404, RestAssured.get("/media/0123456789abcdef0123456789abcdef-320.png").statusCode());
    }

    @Test
    void picturesStoredBeforeWebpGetTheirVariantsInTheBackground() throws Exception {
        Image image = stored();
        Path folder = store.folder();
        for (int width : ImageStore.widthsOf(image.width)) {
            Files.delete(folder.resolve(image.hash + "-" + width + ".webp"));
        }
        Files.delete(folder.resolve(image.hash + "-480.jpg"));

        assertTrue(backfill.run() >= 1);

        for (int width : ImageStore.widthsOf(image.width)) {
            assertTrue(Files.isRegularFile(folder.resolve(image.hash + "-" + width + ".webp")), width + "w webp");
            assertTrue(Files.isRegularFile(folder.resolve(image.hash + "-" + width + ".jpg")), width + "w jpg");
        }
        assertEquals(0, backfill.run(), "a second run finds nothing left to do");
    }

    @Test
    void pagesOfferWebpFirstAndSizesThatFollowTheLayout() {
        Document home = Html.get("/");
        Element lead = home.selectFirst(".lead__media picture");
        assertEquals("image/webp", lead.selectFirst("source").attr("type"));
        assertTrue(lead.selectFirst("source").attr("srcset").matches("(/media/[0-9a-f]{32}-\\d+\\.webp \\d+w(, )?)+"));
        assertTrue(lead.selectFirst("img").attr("srcset").contains(".jpg 160w"));
        assertEquals(lead.selectFirst("source").attr("sizes"), lead.selectFirst("img").attr("sizes"));
        assertEquals("high", lead.selectFirst("img").attr("fetchpriority"));
        assertFalse(home.select(".top-stories .card__media picture").isEmpty(), "top stories have thumbnails");
        for (Element img : home.select("picture img")) {
            assertFalse(img.attr("width").isBlank());
            assertFalse(img.attr("height").isBlank());
            assertFalse(img.attr("sizes").isBlank());
        }
    }
}
