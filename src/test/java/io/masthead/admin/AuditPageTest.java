package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The audit log a page at a time and searchable: nothing falls off the end (it showed the latest 500). */
@QuarkusTest
class AuditPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void everyEntryIsReachableByPagingAndBySearch() {
        String marker = Fixtures.unique("oldest");
        QuarkusTransaction.requiringNew().run(() -> {
            AuditLog.record("admin", "SETTINGS", marker, "the entry to find again");
            for (int i = 0; i < 650; i++) {
                AuditLog.record(null, "LOGIN_FAILED", "client 198.18.0." + (i % 250), "1 failed");
            }
        });
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        Document page = admin.page("/admin/audit");
        assertEquals(AdminAudit.PAGE, page.select("table tbody tr").size());
        int pages = 1;
        boolean found = page.text().contains(marker);
        while (!found) {
            Element older = page.selectFirst("a:containsOwn(Older entries)");
            assertNotNull(older, "the marker is reachable by paging");
            page = admin.page(older.attr("href"));
            found = page.text().contains(marker);
            pages++;
        }
        assertTrue(pages >= 7, pages + " pages");
        Document search = admin.page("/admin/audit?q=" + marker.toUpperCase());
        assertEquals(1, search.select("table tbody tr").size());
        assertEquals(marker.toUpperCase(), search.selectFirst("input[name=q]").attr("value"));
    }

    @Test
    void wildcardsAreSearchedForLiterallyAndGarbageIsA400() {
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        Document none = admin.page("/admin/audit?q=" + Fixtures.unique("zz") + "%25_");
        assertEquals(0, none.select("table tbody tr").size());
        assertEquals(400, admin.get("/admin/audit?before=abc").statusCode());
        assertEquals(400, admin.get("/admin/audit?before=-5").statusCode());
        assertEquals(400, admin.get("/admin/audit?q=" + "x".repeat(101)).statusCode());
        assertEquals(403, fixtures.signedIn(fixtures.user(Role.EDITOR)).get("/admin/audit").statusCode());
        assertEquals(302, Browser.anonymous().get("/admin/audit").statusCode());
    }
}
