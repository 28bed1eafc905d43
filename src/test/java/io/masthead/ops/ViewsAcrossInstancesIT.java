package io.masthead.ops;

import static io.masthead.support.RunningInstances.DEMO_PASSWORD;
import static io.masthead.support.RunningInstances.EDITOR;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Browser;
import io.masthead.support.Html;
import io.masthead.support.RunningInstances;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Views across two running instances (.ci/multi-instance, check b): readers' views sent to either
 * instance add up in the shared article_view table, and both instances rank Most Popular the same.
 */
class ViewsAcrossInstancesIT {

    private static final Pattern ARTICLE_ID = Pattern.compile("^/[a-z0-9/-]+/(\\d+)-");

    @Test
    void viewsSentToBothInstancesAddUpAndBothRankMostPopularAlike() {
        List<String> origins = RunningInstances.origins(2);
        String a = origins.get(0);
        String b = origins.get(1);
        Browser editor = Browser.signedIn(a, EDITOR, DEMO_PASSWORD);
        long x = published(editor, "Much read " + System.currentTimeMillis());
        long y = published(editor, "Less read " + System.currentTimeMillis());
        sendViews(a, x, 30, 1);
        sendViews(b, x, 20, 2);
        sendViews(a, y, 5, 3);
        sendViews(b, y, 10, 4);
        if (RunningInstances.hasDatabase()) {
            Duration flushed = RunningInstances.waitUntil(Duration.ofSeconds(40), () -> views(x) == 50 && views(y) == 15);
            RunningInstances.measured("(b) views in article_view " + (flushed == null ? "never settled" : "after "
                    + flushed.toSeconds() + " s") + ": article " + x + " " + views(x) + " (30 via A + 20 via B), article "
                    + y + " " + views(y) + " (5 via A + 10 via B)");
            assertEquals(50, views(x), "article " + x + ": 30 + 20 views");
            assertEquals(15, views(y), "article " + y + ": 5 + 10 views");
        }
        RunningInstances.waitUntil(Duration.ofSeconds(40), () -> ranksAbove(a, x, y));
        RunningInstances.waitUntil(Duration.ofSeconds(20), () -> ranksAbove(b, x, y));
        RunningInstances.measured("(b) /most-popular/ order on A " + ranks(a) + ", on B " + ranks(b));
        assertTrue(ranksAbove(a, x, y), "A's Most Popular ranks " + x + " (50 views) above " + y + " (15): " + ranks(a));
        assertTrue(ranksAbove(b, x, y), "B's Most Popular ranks " + x + " (50 views) above " + y + " (15): " + ranks(b));
        assertEquals(ranks(a), ranks(b), "A and B show the same Most Popular order");
    }

    private static long published(Browser editor, String headline) {
        long id = RunningInstances.createArticle(editor, headline);
        assertEquals(303, editor.post("/admin/articles/" + id + "/publish").statusCode(), "publish " + id);
        return id;
    }

    /** {@code readers} views, each from an address of its own, as the trusted proxy forwards them. */
    private static void sendViews(String origin, long id, int readers, int block) {
        for (int i = 1; i <= readers; i++) {
            given().header("User-Agent", RunningInstances.BROWSER_AGENT).header("X-Forwarded-For", "198.18." + block + "." + i)
                    .post(origin + "/views/" + id).then().statusCode(204);
        }
    }

    private static long views(long id) {
        return RunningInstances.number("select coalesce(sum(views), 0) from article_view where article_id = ?", id);
    }

    private static boolean ranksAbove(String origin, long higher, long lower) {
        List<Long> order = ranks(origin);
        return order.contains(higher) && order.contains(lower) && order.indexOf(higher) < order.indexOf(lower);
    }

    /** Article ids in Most Popular order, as the page lists them. */
    private static List<Long> ranks(String origin) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Element link : Html.get(origin + "/most-popular/").select("main a[href]")) {
            Matcher m = ARTICLE_ID.matcher(link.attr("href"));
            if (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids.stream().limit(10).toList();
    }
}
