package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.admin.article.ArticleRevision;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.masthead.web.Site;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every newsroom action × anonymous, the owning contributor, another contributor, an editor and an
 * admin → the expected status, each cell a case of its own; when refused, the article is exactly as it was.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final String ANON = "anonymous";
    static final String OWNER = "owner";
    static final String OTHER = "other contributor";
    static final String EDITOR = "editor";
    static final String ADMIN = "admin";
    static final List<String> ACTORS = List.of(ANON, OWNER, OTHER, EDITOR, ADMIN);

    @Inject
    Fixtures fixtures;

    @Inject
    Site site;

    Section section;
    User owner;
    Map<String, Browser> browsers;

    record Action(String name, String method, ArticleStatus state, Function<Article, String> path,
            Function<Article, Map<String, String>> fields, int anon, int owner, int other, int editor, int admin) {

        int expected(String actor) {
            return switch (actor) {
                case ANON -> anon;
                case OWNER -> owner;
                case OTHER -> other;
                case EDITOR -> editor;
                default -> admin;
            };
        }
    }

    @BeforeEach
    void accounts() {
        if (browsers != null) {
            return;
        }
        section = fixtures.section();
        owner = fixtures.user(Role.CONTRIBUTOR);
        browsers = new LinkedHashMap<>();
        browsers.put(ANON, Browser.anonymous());
        browsers.put(OWNER, fixtures.signedIn(owner));
        browsers.put(OTHER, fixtures.signedIn(fixtures.user(Role.CONTRIBUTOR)));
        browsers.put(EDITOR, fixtures.signedIn(fixtures.user(Role.EDITOR)));
        browsers.put(ADMIN, fixtures.signedIn(fixtures.user(Role.ADMIN)));
    }

    Map<String, String> saveFields(Article a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", "Changed by the matrix");
        f.put("body", "Changed body");
        f.put("kind", "NEWS");
        f.put("section", String.valueOf(section.id));
        f.put("leadAlt", "Alt text");
        f.put("leadCredit", "Staff photo");
        f.put("version", String.valueOf(a.version));
        return f;
    }

    List<Action> actions() {
        Function<Article, Map<String, String>> none = a -> Map.of();
        List<Action> list = new ArrayList<>();
        list.add(new Action("edit page", "GET", ArticleStatus.DRAFT, a -> "/admin/articles/" + a.id, none, 302, 200, 404, 200, 200));
        list.add(new Action("preview", "GET", ArticleStatus.DRAFT, a -> "/admin/articles/" + a.id + "/preview", none, 302, 200, 404, 200, 200));
        list.add(new Action("save draft", "POST", ArticleStatus.DRAFT, a -> "/admin/articles/" + a.id, this::saveFields, 302, 303, 404, 303, 303));
        list.add(new Action("save in review", "POST", ArticleStatus.IN_REVIEW, a -> "/admin/articles/" + a.id, this::saveFields, 302, 403, 404, 303, 303));
        list.add(new Action("save published", "POST", ArticleStatus.PUBLISHED, a -> "/admin/articles/" + a.id, this::saveFields, 302, 403, 404, 303, 303));
        list.add(new Action("submit", "POST", ArticleStatus.DRAFT, a -> "/admin/articles/" + a.id + "/submit", none, 302, 303, 404, 303, 303));
        list.add(new Action("withdraw", "POST", ArticleStatus.IN_REVIEW, a -> "/admin/articles/" + a.id + "/withdraw", none, 302, 303, 404, 303, 303));
        list.add(new Action("request changes", "POST", ArticleStatus.IN_REVIEW, a -> "/admin/articles/" + a.id + "/request-changes",
                a -> Map.of("note", "Tighten the top"), 302, 403, 403, 303, 303));
        list.add(new Action("publish", "POST", ArticleStatus.IN_REVIEW, a -> "/admin/articles/" + a.id + "/publish", none, 302, 403, 403, 303, 303));
        list.add(new Action("schedule", "POST", ArticleStatus.IN_REVIEW, a -> "/admin/articles/" + a.id + "/schedule",
                a -> Map.of("publishAt", "2099-01-01T09:00"), 302, 403, 403, 303, 303));
        list.add(new Action("unpublish", "POST", ArticleStatus.PUBLISHED, a -> "/admin/articles/" + a.id + "/unpublish", none, 302, 403, 403, 303, 303));
        list.add(new Action("mark updated", "POST", ArticleStatus.PUBLISHED, a -> "/admin/articles/" + a.id + "/mark-updated", none, 302, 403, 403, 303, 303));
        list.add(new Action("correct", "POST", ArticleStatus.PUBLISHED, a -> "/admin/articles/" + a.id + "/corrections",
                a -> Map.of("correction", "An earlier version misspelled a name."), 302, 403, 403, 303, 303));
        list.add(new Action("feature", "POST", ArticleStatus.PUBLISHED, a -> "/admin/articles/" + a.id + "/feature",
                a -> Map.of("featured", "true"), 302, 403, 403, 303, 303));
        list.add(new Action("submit published", "POST", ArticleStatus.PUBLISHED, a -> "/admin/articles/" + a.id + "/submit", none, 302, 409, 404, 409, 409));
        return list;
    }

    Stream<Arguments> actionsByRole() {
        return actions().stream().flatMap(action -> ACTORS.stream().map(actor -> Arguments.of(action.name(), actor)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("actionsByRole")
    void everyArticleActionForEveryRole(String actionName, String actor) {
        Action action = actions().stream().filter(a -> a.name().equals(actionName)).findFirst().orElseThrow();
        Article article = fixtures.articleOwnedBy(owner, section, action.state());
        Snapshot before = Snapshot.of(article.id);
        Browser browser = browsers.get(actor);
        String path = action.path().apply(article);
        Response response = action.method().equals("GET") ? browser.get(path)
                : browser.post(path, action.fields().apply(article));
        int expected = action.expected(actor);
        assertEquals(expected, response.statusCode(), action.name() + " by " + actor);
        if (expected == 302) {
            assertTrue(response.header("Location").contains("/login"), action.name());
        }
        if (expected >= 300 && expected != 303 || action.method().equals("GET")) {
            assertEquals(before, Snapshot.of(article.id), action.name() + " by " + actor + " changed the article");
        }
    }

    static Stream<Arguments> pagesByRole() {
        Map<String, int[]> pages = new LinkedHashMap<>();
        // anonymous, owner, other, editor, admin
        pages.put("/admin", new int[] {302, 200, 200, 200, 200});
        pages.put("/admin/articles/new", new int[] {302, 200, 200, 200, 200});
        pages.put("/admin/tags", new int[] {302, 403, 403, 200, 200});
        pages.put("/admin/sections", new int[] {302, 403, 403, 200, 200});
        pages.put("/admin/authors", new int[] {302, 403, 403, 200, 200});
        pages.put("/admin/videos", new int[] {302, 403, 403, 200, 200});
        pages.put("/admin/users", new int[] {302, 403, 403, 403, 200});
        pages.put("/admin/settings", new int[] {302, 403, 403, 403, 200});
        pages.put("/admin/backups", new int[] {302, 403, 403, 403, 200});
        return pages.entrySet().stream().flatMap(page -> IntStream.range(0, ACTORS.size())
                .mapToObj(i -> Arguments.of(page.getKey(), ACTORS.get(i), page.getValue()[i])));
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @MethodSource("pagesByRole")
    void newsroomPagesByRole(String path, String actor, int expected) {
        Response response = browsers.get(actor).get(path);
        assertEquals(expected, response.statusCode(), path + " for " + actor);
        if (response.statusCode() == 200) {
            assertEquals("no-store", response.header("Cache-Control"), path);
        }
        if (response.statusCode() == 403) {
            assertTrue(response.body().asString().contains("not allowed"), path + ": a refusal is a page");
            assertTrue(response.header("Content-Security-Policy") != null, path);
        }
    }

    static Stream<Arguments> adminActionsByRole() {
        Map<String, int[]> actions = new LinkedHashMap<>();
        // anonymous, owner, other, editor, admin
        actions.put("change a user's role", new int[] {302, 403, 403, 403, 303});
        actions.put("save the site settings", new int[] {302, 403, 403, 403, 303});
        return actions.entrySet().stream().flatMap(action -> IntStream.range(0, ACTORS.size())
                .mapToObj(i -> Arguments.of(action.getKey(), ACTORS.get(i), action.getValue()[i])));
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("adminActionsByRole")
    void adminOnlyActionsByRole(String action, String actor, int expected) {
        Browser browser = browsers.get(actor);
        Response response;
        if (action.equals("change a user's role")) {
            User target = fixtures.user(Role.CONTRIBUTOR);
            response = browser.post("/admin/users/" + target.id + "/role", Map.of("role", "EDITOR"));
            assertEquals(expected == 303 ? Role.EDITOR : Role.CONTRIBUTOR,
                    QuarkusTransaction.requiringNew().call(() -> User.<User>findById(target.id).role), action + " by " + actor);
        } else {
            // The admin saves the settings as they are; anyone else tries to take the site's name.
            response = browser.post("/admin/settings", actor.equals(ADMIN)
                    ? Map.of("siteName", site.name(), "disclaimer", site.disclaimer())
                    : Map.of("siteName", "Hijacked", "disclaimer", "x"));
            assertNotEquals("Hijacked", site.name(), action + " by " + actor);
        }
        assertEquals(expected, response.statusCode(), action + " by " + actor);
        if (expected == 302) {
            assertTrue(response.header("Location").contains("/login"), action);
        }
    }

    @Test
    void postsWithoutACsrfTokenAreRefused() {
        Article article = fixtures.articleOwnedBy(owner, section, ArticleStatus.DRAFT);
        Snapshot before = Snapshot.of(article.id);
        Browser editor = browsers.get(EDITOR);
        editor.csrfToken();
        Response response = editor.postWithoutToken("/admin/articles/" + article.id + "/submit");
        assertEquals(400, response.statusCode());
        assertEquals(before, Snapshot.of(article.id));
    }

    record Snapshot(ArticleStatus status, int version, String headline, String body, java.time.Instant publishedAt,
            java.time.Instant updatedAt, java.time.Instant featuredAt, long corrections, long revisions) {

        static Snapshot of(long id) {
            return QuarkusTransaction.requiringNew().call(() -> {
                Article a = Article.findById(id);
                return new Snapshot(a.status, a.version, a.headline, a.bodyMarkdown, a.publishedAt, a.updatedAt,
                        a.featuredAt, io.masthead.article.Correction.count("article.id", id),
                        ArticleRevision.count("article.id", id));
            });
        }
    }
}
