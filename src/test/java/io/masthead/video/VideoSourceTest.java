package io.masthead.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A video's source is a path on this site, as the CSP's media-src 'self' requires; nothing a browser reads as another host. */
@QuarkusTest
class VideoSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/\\evil.example/clip.webm", "//evil.example/clip.webm", "/\t/evil.example/clip.webm",
        "https://cdn.example/clip.webm", "http://evil.example/clip.webm", "/", "javascript:alert(1)"})
    void sourcesOnOtherHostsAreRefused(String source) {
        Browser editor = Browser.signedIn("editor", "masthead-demo");
        assertEquals(400, editor.form("/admin/videos/new", "form.form").set("title", "A clip").set("duration", "65")
                .set("source", source).submit().statusCode(), source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/video/demo-clip.webm", "/media/clips/briefing.webm"})
    void pathsOnThisSiteAreTaken(String source) {
        Browser editor = Browser.signedIn("editor", "masthead-demo");
        assertEquals(303, editor.form("/admin/videos/new", "form.form").set("title", "A clip").set("duration", "65")
                .set("source", source).submit().statusCode(), source);
    }
}
