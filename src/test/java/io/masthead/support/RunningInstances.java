package io.masthead.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an environment check (a failsafe {@code *IT}) is pointed at, from system properties the
 * script that started the processes passes in: {@code it.instances} (base URLs, comma-separated),
 * {@code it.jdbc.url}, {@code it.jdbc.user}, {@code it.jdbc.password} (their shared database) and
 * {@code it.freshness-bound} (seconds). A check given none of them is skipped, so
 * {@code mvn verify -DskipITs=false} without running instances passes over it.
 */
public final class RunningInstances {

    /** The demo accounts the scripts start the instances with (README). */
    public static final String EDITOR = "editor";
    public static final String DEMO_PASSWORD = "masthead-demo";
    /** The view beacon ignores obvious bots: send what a browser sends. */
    public static final String BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private static final Pattern ARTICLE_ID = Pattern.compile("/admin/articles/(\\d+)$");

    private RunningInstances() {
    }

    /** The base URLs of the running instances; the check is skipped unless there are at least {@code needed}. */
    public static List<String> origins(int needed) {
        List<String> origins = Arrays.stream(System.getProperty("it.instances", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", "")).toList();
        assumeTrue(origins.size() >= needed, "it.instances names fewer than " + needed + " running instances");
        return origins;
    }

    /** How long an instance may take to show a change made through another (it.freshness-bound, default 5 s). */
    public static Duration freshnessBound() {
        return Duration.ofMillis(Math.round(Double.parseDouble(System.getProperty("it.freshness-bound", "5")) * 1000));
    }

    /** Whether the instances' database was given; checks of what it holds are skipped without it. */
    public static boolean hasDatabase() {
        return !System.getProperty("it.jdbc.url", "").isBlank();
    }

    /** One number from the instances' shared database. */
    public static long number(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.jdbc.url"),
                System.getProperty("it.jdbc.user"), System.getProperty("it.jdbc.password"));
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Polls every 200 ms until the condition holds or {@code limit} has passed; the time it took,
     * or null when it never held.
     */
    public static Duration waitUntil(Duration limit, BooleanSupplier condition) {
        long started = System.nanoTime();
        while (true) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() - started > limit.toNanos()) {
                return null;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** A duration as the measurements print it: seconds, one decimal. */
    public static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    /** A figure the script prints among its measurements. */
    public static void measured(String what) {
        System.out.println("[measured] " + what);
    }

    /**
     * Writes an article through the newsroom's real form (lead image, alt text and credit, so it
     * may be published) in the first section the form offers; its id.
     */
    public static long createArticle(Browser editor, String headline) {
        String section = editor.page("/admin/articles/new").select("select[name=section] option").eachAttr("value").stream()
                .filter(value -> value.matches("\\d+")).findFirst().orElseThrow();
        Browser.Form form = editor.form("/admin/articles/new", "form[enctype=multipart/form-data]")
                .set("headline", headline).set("section", section).set("dek", "Checked across running instances.")
                .set("body", "A paragraph written by an environment check.").set("leadAlt", "A test picture")
                .set("leadCredit", "Masthead CI").file("leadImage", Pictures.png(640, 360, java.awt.Color.DARK_GRAY));
        io.restassured.response.Response created = form.submit();
        assertTrue(created.statusCode() == 303, () -> "creating '" + headline + "' answered " + created.statusCode() + ": "
                + org.jsoup.Jsoup.parse(created.asString()).select(".field__error").eachText());
        Matcher id = ARTICLE_ID.matcher(created.header("Location"));
        assertTrue(id.find(), created.header("Location"));
        return Long.parseLong(id.group(1));
    }

    /**
     * A published article's own address on that instance, or null when it serves none: any path
     * with the article's id answers 301 to it (README), an unpublished one 404.
     */
    public static String canonicalPath(String origin, long id) {
        io.restassured.response.Response answer = Browser.at(origin).get("/news/" + id);
        return answer.statusCode() == 301 ? answer.header("Location") : null;
    }
}
