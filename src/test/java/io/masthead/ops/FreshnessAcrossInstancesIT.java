package io.masthead.ops;

import static io.masthead.support.RunningInstances.DEMO_PASSWORD;
import static io.masthead.support.RunningInstances.EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Browser;
import io.masthead.support.Html;
import io.masthead.support.RunningInstances;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Freshness across two running instances (.ci/multi-instance, check a): what an editor publishes
 * or changes through one instance is served by the other, from pages it had cached, within the
 * bound (it.freshness-bound: the instances poll the shared content version every second).
 */
class FreshnessAcrossInstancesIT {

    static final Duration GIVE_UP = Duration.ofSeconds(60);

    static String a;
    static String b;
    static Browser editor;

    @BeforeAll
    static void instances() {
        List<String> origins = RunningInstances.origins(2);
        a = origins.get(0);
        b = origins.get(1);
        editor = Browser.signedIn(a, EDITOR, DEMO_PASSWORD);
    }

    @Test
    void anArticlePublishedThroughOneInstanceIsServedByTheOther() {
        String headline = "Across instances " + System.currentTimeMillis();
        Html.get(b + "/latest/");
        assertFalse(Html.get(b + "/latest/").text().contains(headline), "B's cached /latest/ shows the draft");
        long id = RunningInstances.createArticle(editor, headline);
        assertEquals(303, editor.post("/admin/articles/" + id + "/publish").statusCode(), "publish on A");
        Duration took = RunningInstances.waitUntil(GIVE_UP, () -> Html.get(b + "/latest/").text().contains(headline));
        assertNotNull(took, "B's /latest/ never showed A's new article");
        RunningInstances.measured("(a) article " + id + " published on A appeared in B's cached /latest/ after "
                + RunningInstances.seconds(took) + " s (bound " + RunningInstances.seconds(RunningInstances.freshnessBound()) + " s)");
        assertTrue(took.compareTo(RunningInstances.freshnessBound()) <= 0, "B showed it after " + RunningInstances.seconds(took) + " s");
        String path = RunningInstances.canonicalPath(b, id);
        assertNotNull(path, "B serves no page for article " + id);
        assertEquals(headline, Html.get(b + path).selectFirst("h1").text());
    }

    @Test
    void anEditThroughOneInstanceReplacesThePageTheOtherHadCached() {
        String headline = "Edited across instances " + System.currentTimeMillis();
        long id = RunningInstances.createArticle(editor, headline);
        assertEquals(303, editor.post("/admin/articles/" + id + "/publish").statusCode(), "publish on A");
        assertNotNull(RunningInstances.waitUntil(GIVE_UP, () -> RunningInstances.canonicalPath(b, id) != null), "B never served it");
        String path = RunningInstances.canonicalPath(b, id);
        Html.get(b + path);
        Html.get(b + path);
        String edited = headline + ", edited";
        Browser.Form form = editor.form("/admin/articles/" + id, "form[enctype=multipart/form-data]").set("headline", edited);
        assertEquals(303, form.submit().statusCode(), "saving the edit on A");
        Duration took = RunningInstances.waitUntil(GIVE_UP, () -> Html.get(b + path).selectFirst("h1").text().equals(edited));
        assertNotNull(took, "B's article page never showed A's edit");
        RunningInstances.measured("(a) headline edited on A showed on B's cached article page after " + RunningInstances.seconds(took) + " s");
        assertTrue(took.compareTo(RunningInstances.freshnessBound()) <= 0, "B showed the edit after " + RunningInstances.seconds(took) + " s");
        // The lead image went into the folder both instances share.
        String picture = Html.get(b + path).selectFirst("article img").attr("src");
        assertEquals(200, Browser.at(b).get(picture).statusCode(), "B serves the picture uploaded through A: " + picture);
    }
}
