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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search across two running instances (.ci/multi-instance): a publish, an edit and an unpublish
 * through one instance show in the other's search pages within 2 s, though the other had the
 * page cached before the change (PostgreSQL's full-text index is in the shared database; what is
 * measured is the cached page following the change).
 */
class SearchAcrossInstancesIT {

    static final Duration BOUND = Duration.ofSeconds(2);
    static final Duration GIVE_UP = Duration.ofSeconds(10);

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
    void aPublishAnEditAndAnUnpublishOnOneInstanceReachTheOthersCachedSearchWithinTwoSeconds() {
        String words = "quillwort" + System.currentTimeMillis();
        long id = RunningInstances.createArticle(editor, "Across instances " + words);
        String search = b + "/search?q=" + words;
        assertFalse(finds(search, id), "B's search finds A's draft");
        assertFalse(finds(search, id), "B's search (now cached) finds A's draft");

        assertEquals(303, editor.post("/admin/articles/" + id + "/publish").statusCode(), "publish on A");
        within("publish of article " + id, () -> finds(search, id));

        String edited = b + "/search?q=" + URLEncoder.encode("edited " + words, StandardCharsets.UTF_8);
        assertFalse(finds(edited, id), "B's search for the edited words finds it before the edit");
        Browser.Form form = editor.form("/admin/articles/" + id, "form[enctype=multipart/form-data]")
                .set("headline", "Across instances " + words + ", edited");
        assertEquals(303, form.submit().statusCode(), "saving the edit on A");
        within("edit of article " + id, () -> finds(edited, id));

        assertEquals(303, editor.post("/admin/articles/" + id + "/unpublish").statusCode(), "unpublish on A");
        within("unpublish of article " + id, () -> !finds(search, id));
    }

    private static void within(String what, java.util.function.BooleanSupplier seen) {
        Duration took = RunningInstances.waitUntil(GIVE_UP, seen);
        assertNotNull(took, "B's search never followed A's " + what);
        RunningInstances.measured("(a) " + what + ": B's cached /search followed after "
                + RunningInstances.seconds(took) + " s (bound 2 s)");
        assertTrue(took.compareTo(BOUND) <= 0, "B's search followed A's " + what + " after "
                + RunningInstances.seconds(took) + " s");
    }

    private static boolean finds(String searchUrl, long id) {
        return !Html.get(searchUrl).select("main a[href*=/" + id + "-]").isEmpty();
    }
}
