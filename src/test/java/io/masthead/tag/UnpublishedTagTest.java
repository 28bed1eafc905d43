package io.masthead.tag;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** A tag is public only once a published article carries it: a contributor's draft publishes nothing. */
@QuarkusTest
class UnpublishedTagTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aTagTypedIntoANeverSubmittedDraftIsNowhereInPublic() {
        User contributor = fixtures.user(Role.CONTRIBUTOR);
        Browser browser = fixtures.signedIn(contributor);
        String name = "Contributor Spam Tag " + Fixtures.unique("qzxw");
        var form = browser.form("/admin/articles/new", "form[enctype=multipart/form-data]");
        var section = fixtures.section(Fixtures.unique("spam"), null);
        Response created = form.set("headline", "A draft nobody reviewed").set("body", "Spam text.")
                .set("section", section.id.toString())
                .set("tags", name).submit();
        assertEquals(303, created.statusCode(), created.body().asString());
        String slug = QuarkusTransaction.requiringNew().call(() -> Tag.<Tag>find("name", name).firstResult().slug);
        assertNowhere(slug, name);
    }

    @Test
    void anEmbargoedStorysTagDoesNotLeakItsName() {
        var section = fixtures.section(Fixtures.unique("embargo"), null);
        String slug = Fixtures.unique("merger-talks");
        Tag tag = QuarkusTransaction.requiringNew().call(() -> fixtures.tag(slug));
        Article scheduled = fixtures.article("Embargoed merger story", section, null, tag, ArticleStatus.SCHEDULED,
                Instant.now().plus(2, ChronoUnit.DAYS));
        fixtures.article("Withdrawn piece", section, null, tag, ArticleStatus.UNPUBLISHED, Instant.now().minusSeconds(60));
        assertNowhere(slug, tag.name);
        fixtures.setStatus(scheduled.id, ArticleStatus.PUBLISHED);
        assertEquals(200, given().get("/tag/" + slug + "/").statusCode(), "published: the tag page is there");
        assertEquals(200, given().get("/tag/" + slug + "/rss.xml").statusCode());
    }

    private static void assertNowhere(String slug, String name) {
        for (String path : new String[] {"/tag/" + slug + "/", "/tag/" + slug + "/rss.xml", "/tag/" + slug + "/?partial=1",
            "/tag/" + slug + "/?size=5"}) {
            Response response = given().redirects().follow(false).get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().asString().contains(name), path + " shows the name");
        }
        String sitemaps = given().get("/sitemap.xml").body().asString();
        for (String part : sitemaps.split("<loc>")) {
            if (part.contains("/sitemaps/tags-")) {
                String loc = part.substring(0, part.indexOf("</loc>")).replaceAll("^https?://[^/]+", "");
                String page = given().get(loc).body().asString();
                assertFalse(page.contains("/tag/" + slug + "/"), loc + " lists the tag");
            }
        }
        for (String path : new String[] {"/", "/latest/", "/rss.xml", "/news-sitemap.xml"}) {
            assertFalse(given().get(path).body().asString().contains(name), path + " shows the name");
        }
    }

    @Test
    void editorsCanStillSeeAndManageTheTagInTheNewsroom() {
        String slug = Fixtures.unique("pending");
        QuarkusTransaction.requiringNew().run(() -> fixtures.tag(slug));
        Browser editor = Browser.signedIn("editor", "masthead-demo");
        assertEquals(200, editor.get("/admin/tags").statusCode());
        assertEquals(true, editor.get("/admin/tags?q=" + slug).body().asString().contains(slug),
                "the newsroom's tag search finds it");
        assertEquals(404, given().get("/tag/" + slug + "/").statusCode());
    }
}
