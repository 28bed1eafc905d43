package io.masthead.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Html;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The demo videos are honest: each its own clip, its shown length the clip's, its captions timed cues of what is said. */
@QuarkusTest
class DemoVideoTest {

    private static final Pattern CUE = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})\\n(.+)");

    /** The videos of demo/newsroom.json, found by title: tests add videos of their own. */
    private static List<Video> demoVideos() {
        List<String> titles;
        try (var in = DemoVideoTest.class.getResourceAsStream("/demo/newsroom.json")) {
            titles = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("videos").findValuesAsText("title");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return QuarkusTransaction.requiringNew().call(() -> Video.<Video>list("title in ?1", titles));
    }

    @Test
    void everyDemoVideoHasItsOwnClipWhoseLengthIsTheOneShown() {
        List<Video> videos = demoVideos();
        assertEquals(16, videos.size());
        Set<String> clips = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        for (Video video : videos) {
            assertTrue(clips.add(video.sourceUrl), "a clip of its own: " + video.sourceUrl);
            Response clip = RestAssured.get(video.sourceUrl);
            assertEquals(200, clip.statusCode(), video.sourceUrl);
            byte[] bytes = clip.asByteArray();
            sizes.add(bytes.length);
            assertTrue(bytes.length < 200_000, "small: " + bytes.length);
            double seconds = WebmDuration.of(bytes);
            assertEquals(video.durationSeconds, seconds, 0.51, video.sourceUrl + " lasts " + seconds + " s");
        }
        assertEquals(16, sizes.size(), "sixteen different files");
    }

    @Test
    void captionsAreTimedCuesWithinTheClip() {
        for (Video video : demoVideos()) {
            Response vtt = RestAssured.get("/video/" + video.id + "/captions.vtt");
            assertEquals(200, vtt.statusCode());
            assertTrue(vtt.contentType().startsWith("text/vtt"));
            String text = vtt.asString();
            assertTrue(text.startsWith("WEBVTT\n"));
            Matcher m = CUE.matcher(text);
            double previousEnd = 0;
            int cues = 0;
            while (m.find()) {
                double start = seconds(m, 1);
                double end = seconds(m, 5);
                assertTrue(start >= previousEnd && end > start, "cues in order: " + m.group());
                assertFalse(m.group(9).equals(video.description), "a line of the script, not the description");
                previousEnd = end;
                cues++;
            }
            assertTrue(cues >= 3, "several cues, not one: " + cues);
            assertTrue(previousEnd <= video.durationSeconds + 0.5, "the last cue ends within the clip");
        }
    }

    @Test
    void thePlayerPageOffersTheCaptionsAndShowsTheRealLength() {
        Video video = demoVideos().get(0);
        Document page = Html.get(video.url());
        assertEquals("/video/" + video.id + "/captions.vtt", page.selectFirst("video track[kind=captions]").attr("src"));
        assertEquals("PT" + video.durationSeconds + "S", page.selectFirst(".video-page__meta time").attr("datetime"));
        assertTrue(page.selectFirst("video").attr("poster").endsWith(".webp"));
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }
}
