package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.SqlCounter;
import io.masthead.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A crawler walking the archive: every article it asks for is asked for once. Such pages cost a
 * few statements each, and however many there are, the caches stay inside their byte budgets and
 * keep what every page shares.
 */
@QuarkusTest
@TestProfile(LongTailTest.SmallBudgets.class)
class LongTailTest {

    /** Archive stories: they never crowd the newest ones other tests look for. */
    static final Instant ARCHIVE = Instant.parse("2018-03-01T08:00:00Z");
    static final long SINGLE_PAGE_BYTES = 256 * 1024;
    static final long SINGLE_DATA_BYTES = 256 * 1024;

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.cache.single-page-bytes", String.valueOf(SINGLE_PAGE_BYTES),
                    "masthead.cache.single-data-bytes", String.valueOf(SINGLE_DATA_BYTES));
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    PageCache pages;

    @Inject
    DataCache data;

    @Inject
    SqlCounter sql;

    @Test
    void aBurstOfDistinctArticlesStaysInsideItsBudgetAndEvictsNothingShared() throws InterruptedException {
        Section section = fixtures.section(Fixtures.unique("archive"), null);
        List<Article> archive = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            archive.add(fixtures.article("Archive story " + i, section, null, null,
                    ArticleStatus.PUBLISHED, ARCHIVE.minusSeconds(3_600L + i)));
        }
        given().get("/").then().statusCode(200);
        given().get("/").then().statusCode(200);
        given().get(section.url()).then().statusCode(200);

        for (Article article : archive) {
            given().get(article.url()).then().statusCode(200);
        }
        Thread.sleep(300); // pages rendered on the event loop are compressed and kept in the background

        assertTrue(pages.weight(Reach.SINGLE) <= SINGLE_PAGE_BYTES, "pages: " + pages.weight(Reach.SINGLE));
        assertTrue(pages.weight(Reach.SINGLE) > SINGLE_PAGE_BYTES / 2, "the budget was used: " + pages.weight(Reach.SINGLE));
        assertTrue(data.weight(Reach.SINGLE) <= SINGLE_DATA_BYTES, "data: " + data.weight(Reach.SINGLE));
        assertNotNull(pages.get("/", false), "the front page is still in the page cache");
        assertNotNull(pages.get(section.url(), false), "the section front is still in the page cache");
        // Asked for as a page asks for it: what was evicted would have to be read again.
        for (String shared : new String[] {"home-front", "html:chrome:header", "html:chrome:footer",
            "section-newest:" + section.id, "section-front:" + section.path}) {
            data.get(shared, Reach.SHARED, () -> fail(shared + " was evicted"));
        }
    }

    @Test
    void anArticlePageOnceKeptNoLongerHoldsItsOwnData() throws InterruptedException {
        Section section = fixtures.section(Fixtures.unique("kept"), null);
        Article article = fixtures.article("Kept story", section, null, null, ArticleStatus.PUBLISHED, ARCHIVE);
        pages.clear(); // room for it: a full budget may turn a one-off page away (see the burst above)
        given().get(article.url()).then().statusCode(200);
        Thread.sleep(300);
        assertNotNull(pages.get(article.url(), false), "the page is kept");
        AtomicBoolean readAgain = new AtomicBoolean();
        data.get("article:" + article.id, Reach.SINGLE, () -> {
            readAgain.set(true);
            return null;
        });
        assertTrue(readAgain.get(), "the article's data was let go once its page was kept");

        long before = sql.statements();
        given().get(article.url()).then().statusCode(200);
        assertEquals(0, sql.statements() - before, "the next reader gets the kept page");
    }

    @Test
    void anArticleWhoseDataIsNotCachedCostsAtMostFourStatements() {
        Section section = fixtures.section(Fixtures.unique("tail"), null);
        Author author = fixtures.author(Fixtures.unique("tailwriter"), false);
        Tag tag = fixtures.tag(Fixtures.unique("tailtag"));
        Article warm = fixtures.article("Warm story", section, author, tag, ArticleStatus.PUBLISHED, ARCHIVE.plusSeconds(60));
        Article cold = fixtures.article("Cold story", section, author, tag, ArticleStatus.PUBLISHED,
                ARCHIVE);
        long statements = firstVisitAfter(warm.url(), cold.url());
        assertTrue(statements <= 4, cold.url() + " issued " + statements + " statements");
    }

    @Test
    void aTagOrAuthorPageWhoseDataIsNotCachedCostsAtMostThreeStatements() {
        Section section = fixtures.section(Fixtures.unique("tailfront"), null);
        Author warmAuthor = fixtures.author(Fixtures.unique("warmauthor"), false);
        Author coldAuthor = fixtures.author(Fixtures.unique("coldauthor"), false);
        Tag warmTag = fixtures.tag(Fixtures.unique("warmtag"));
        Tag coldTag = fixtures.tag(Fixtures.unique("coldtag"));
        for (int i = 0; i < 3; i++) {
            fixtures.article("Warm " + i, section, warmAuthor, warmTag, ArticleStatus.PUBLISHED, ARCHIVE.minusSeconds(i));
            fixtures.article("Cold " + i, section, coldAuthor, coldTag, ArticleStatus.PUBLISHED, ARCHIVE.minusSeconds(i));
        }
        long tagStatements = firstVisitAfter(warmTag.url(), coldTag.url());
        assertTrue(tagStatements <= 3, coldTag.url() + " issued " + tagStatements + " statements");
        long authorStatements = firstVisitAfter(warmAuthor.url(), coldAuthor.url());
        assertTrue(authorStatements <= 3, coldAuthor.url() + " issued " + authorStatements + " statements");
    }

    /** Statements for the first visit to {@code cold} once a page like it has loaded what every page shares. */
    private long firstVisitAfter(String warm, String cold) {
        given().get(warm).then().statusCode(200);
        long before = sql.statements();
        given().get(cold).then().statusCode(200);
        return sql.statements() - before;
    }
}
