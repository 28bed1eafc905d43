package io.masthead.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.admin.AuditLog;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.media.Image;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Backups through the real path: an admin presses "Back up now" in the newsroom of an app on an
 * H2 database in files; the zip is restored into a fresh folder and opened with JDBC.
 */
@QuarkusTest
@TestProfile(BackupTest.FileStore.class)
@DisabledIfSystemProperty(named = "build.db-kind", matches = "postgresql", disabledReason = "H2 backups; PostgreSQL: ops/check-postgresql-backup")
class BackupTest {

    /** The app on H2 files in a folder of its own, as in production, instead of the in-memory test database. */
    public static class FileStore implements QuarkusTestProfile {
        static final Path DATA = Path.of("target", "backup-test-" + UUID.randomUUID()).toAbsolutePath();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.data-dir", DATA.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DATA + "/db/masthead;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                    "masthead.backup.keep", "3");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Backups backups;

    @Test
    void aBackupMadeInTheNewsroomRestoresIntoAFreshFolderWithEveryArticleAndImage() throws Exception {
        User admin = fixtures.user(Role.ADMIN);
        Section section = fixtures.section();
        fixtures.articleOwnedBy(admin, section, ArticleStatus.PUBLISHED);
        fixtures.articleOwnedBy(admin, section, ArticleStatus.DRAFT);
        Browser browser = fixtures.signedIn(admin);
        int before = backups.list().size();

        Response response = browser.form("/admin/backups", "form[action=/admin/backups]").submit();

        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/admin/backups"));
        assertEquals(Math.min(before + 1, 3), backups.list().size());
        Backups.BackupFile newest = backups.list().get(0);
        Path zip = backups.file(newest.name()).orElseThrow();
        assertTrue(browser.page("/admin/backups").select("a[href=/admin/backups/" + newest.name() + "]").size() == 1);
        assertTrue(browser.page("/admin/backups").text().contains("written"), "the flash message says so");
        AuditLog entry = QuarkusTransaction.requiringNew().call(() -> AuditLog.latest(1).get(0));
        assertEquals("BACKUP", entry.action);
        assertEquals(admin.username, entry.username);
        assertEquals(newest.name(), entry.target);

        Path fresh = Path.of("target", "restore-test-" + UUID.randomUUID()).toAbsolutePath();
        BackupArchive.Contents restored = BackupArchive.restore(zip, fresh);

        List<Long> live = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findAll().list().stream()
                .map(a -> a.id).sorted().toList());
        List<String> hashes = QuarkusTransaction.requiringNew().call(() -> Image.<Image>findAll().list().stream()
                .map(i -> i.hash).toList());
        assertTrue(live.size() > 2, "the demo newsroom and this test's articles");
        assertEquals(live, articleIds(fresh));
        RestoreBackup.Summary summary = RestoreBackup.open(fresh, "masthead", "masthead");
        assertEquals(live.size(), summary.articles());
        assertEquals(hashes.size(), summary.images());
        for (String hash : hashes) {
            assertTrue(Files.isRegularFile(fresh.resolve("images/" + hash + "-320.jpg")), "image " + hash);
        }
        assertTrue(restored.images() >= hashes.size());
        assertEquals(String.valueOf(restored.images()), BackupArchive.manifest(zip).getProperty("images"));
    }

    @Test
    void restoringNeverOverwritesAStore() throws Exception {
        User admin = fixtures.user(Role.ADMIN);
        Path zip = backups.file(backups.create(admin).file().name()).orElseThrow();
        Path fresh = Path.of("target", "restore-test-" + UUID.randomUUID()).toAbsolutePath();
        BackupArchive.restore(zip, fresh);
        long size = Files.size(fresh.resolve("db/masthead.mv.db"));

        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> BackupArchive.restore(zip, fresh));
        assertTrue(refused.getMessage().contains("already holds a database"));
        assertEquals(size, Files.size(fresh.resolve("db/masthead.mv.db")));
    }

    @Test
    void onlyAdminsBackUpAndDownload() {
        User admin = fixtures.user(Role.ADMIN);
        String name = backups.create(admin).file().name();
        int count = backups.list().size();
        for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR)) {
            Browser browser = fixtures.signedIn(fixtures.user(role));
            assertEquals(403, browser.post("/admin/backups").statusCode(), role.name());
            assertEquals(403, browser.get("/admin/backups/" + name).statusCode(), role.name());
        }
        Response anonymous = Browser.anonymous().post("/admin/backups");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 403, "anonymous: " + anonymous.statusCode());
        Browser browser = fixtures.signedIn(admin);
        browser.csrfToken();
        assertEquals(400, browser.postWithoutToken("/admin/backups").statusCode(), "no CSRF token");
        assertEquals(count, backups.list().size(), "nothing written by a refused request");

        Response download = browser.get("/admin/backups/" + name);
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.contentType());
        assertNotNull(download.header("Content-Disposition"));
        assertEquals("no-store", download.header("Cache-Control"));
        assertFalse(download.asByteArray().length == 0);
        assertEquals(404, browser.get("/admin/backups/masthead-nope.zip").statusCode());
        assertEquals(404, browser.get("/admin/backups/..%2F..%2Fdb%2Fmasthead.mv.db").statusCode());
    }

    private static List<Long> articleIds(Path dataFolder) throws Exception {
        String url = "jdbc:h2:file:" + dataFolder.resolve("db/masthead") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE";
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "masthead", "masthead");
                ResultSet rs = c.createStatement().executeQuery("select id from article order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
