package io.masthead.search.lucene;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.search.SearchFilters;
import io.masthead.search.SearchFixtures;
import io.masthead.search.SearchHit;
import io.masthead.search.SearchQuery;
import io.masthead.search.SearchRequest;
import io.masthead.search.SearchScope;
import io.masthead.search.SearchSort;
import io.masthead.search.SearchUnavailable;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.config.MastheadConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import jakarta.enterprise.inject.Instance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The Lucene index is repaired when it starts: stopping it is what a crash does to it (nothing
 * uncommitted survives, the queue in the database keeps what it had not taken), and starting it
 * is the same code as at process start. docker/ops/check-search-repair does it with kill -9.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "build.db-kind", matches = "postgresql", disabledReason = "Lucene is the H2 builds' engine")
class LuceneIndexRepairTest {

    // Looked up, not injected: PostgreSQL builds have no Lucene beans, and this class is compiled there too.
    @Inject
    Instance<LuceneIndex> indexes;

    @Inject
    Instance<LuceneSearch> engines;

    LuceneIndex index;

    LuceneSearch engine;

    @BeforeEach
    void lookUp() {
        index = indexes.get();
        engine = engines.get();
    }

    @Inject
    SearchFixtures search;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MastheadConfig config;

    @AfterEach
    void running() {
        index.start();
        index.awaitCurrent();
    }

    private List<Long> found(String text) {
        SearchRequest request = new SearchRequest(SearchQuery.parse(text), SearchFilters.NONE, SearchSort.RELEVANCE, null, 20);
        return engine.search(request, SearchScope.PUBLIC).hits().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void changesCommittedWhileTheIndexWasDownAreFoundAfterItStarts() {
        String kept = SearchFixtures.word();
        String dropped = SearchFixtures.word();
        String renamed = SearchFixtures.word();
        String fresh = SearchFixtures.word();
        Section section = search.desk();
        Article toUnpublish = search.article(SearchFixtures.Spec.of("Going " + dropped, "Text.", section));
        Article toRename = search.article(SearchFixtures.Spec.of("Old name " + kept, "Text.", section));
        search.indexed();

        index.stop();
        fixtures.setStatus(toUnpublish.id, ArticleStatus.UNPUBLISHED);
        fixtures.editArticle(toRename.id, a -> a.headline = "New name " + renamed);
        Article published = search.article(SearchFixtures.Spec.of("Arrived " + fresh, "Text.", section));
        index.start();
        index.awaitCurrent();

        assertTrue(found(dropped).isEmpty(), "an unpublished article is still found");
        assertTrue(found(kept).isEmpty(), "the old headline is still found");
        assertEquals(List.of(toRename.id), found(renamed));
        assertEquals(List.of(published.id), found(fresh));
    }

    @Test
    void anIndexThatDoesNotMatchItsDatabaseIsRebuilt() throws Exception {
        String word = SearchFixtures.word();
        Article article = search.article(SearchFixtures.Spec.of("Still here " + word, "Text.",
                search.desk()));
        search.indexed();

        index.stop();
        // What a restored backup looks like to the index: the database is behind it.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update search_index_state set applied = applied - 3 where id = 1");
        }
        index.start();
        index.awaitCurrent();
        assertEquals(List.of(article.id), found(word));
    }

    @Test
    void aDamagedIndexIsRebuiltAndSearchSaysSoMeanwhile() throws Exception {
        String word = SearchFixtures.word();
        Article article = search.article(SearchFixtures.Spec.of("Survives " + word, "Text.",
                search.desk()));
        search.indexed();

        index.stop();
        Path folder = Path.of(config.dataDir()).resolve("search");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try {
            found(word);
        } catch (SearchUnavailable expected) {
            // Stopped: searches say search is being prepared rather than fail.
        }
        index.start();
        index.awaitCurrent();
        assertEquals(List.of(article.id), found(word));
    }

    @Test
    void whileTheIndexIsDownSearchesAnswer503WithAnExplanationAndTheRestWorks() {
        index.stop();
        Response page = given().get("/search?q=harbour");
        assertEquals(503, page.statusCode());
        assertEquals("120", page.header("Retry-After"));
        assertEquals("no-store", page.header("Cache-Control"));
        assertTrue(page.body().asString().contains("Search is being prepared"), "the page says why");
        assertNull(page.header("Set-Cookie"));
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response list = editor.get("/admin/articles?q=harbour");
        assertEquals(503, list.statusCode());
        assertTrue(list.body().asString().contains("Search is being prepared"), "the newsroom says why");
        assertEquals(200, editor.get("/admin/articles").statusCode(), "the list without words does not need the index");
        assertEquals(200, given().get("/").statusCode());
    }
}
