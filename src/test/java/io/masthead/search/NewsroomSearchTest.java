package io.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The newsroom's search: everything a user may see there, and nothing else, decided in the service. */
@QuarkusTest
class NewsroomSearchTest {

    @Inject
    NewsroomSearch newsroomSearch;

    @Inject
    SearchFixtures search;

    @Inject
    Fixtures fixtures;

    @Inject
    SearchEngine engine;

    private List<Long> found(User user, String text, Set<ArticleStatus> statuses) {
        return newsroomSearch.search(user, text, SearchFilters.NONE, statuses, SearchSort.RELEVANCE, null, 50)
                .hits().stream().map(SearchHit::articleId).sorted().toList();
    }

    private Article piece(User owner, Section section, ArticleStatus status, String text) {
        return search.article(SearchFixtures.Spec.of("Piece " + text, "Body with " + text + " in it.", section)
                .status(status).owner(owner));
    }

    @Test
    void contributorsFindOnlyTheirOwnPiecesEditorsAndAdminsFindEveryone() {
        String word = SearchFixtures.word();
        User alice = fixtures.user(Role.CONTRIBUTOR);
        User bob = fixtures.user(Role.CONTRIBUTOR);
        User editor = fixtures.user(Role.EDITOR);
        User admin = fixtures.user(Role.ADMIN);
        Section section = search.desk();
        Article aliceDraft = piece(alice, section, ArticleStatus.DRAFT, word);
        Article aliceReview = piece(alice, section, ArticleStatus.IN_REVIEW, word);
        Article bobDraft = piece(bob, section, ArticleStatus.DRAFT, word);
        Article bobPublished = piece(bob, section, ArticleStatus.PUBLISHED, word);
        Article editorDraft = piece(editor, section, ArticleStatus.DRAFT, word);
        search.indexed();

        assertEquals(ids(aliceDraft, aliceReview), found(alice, word, Set.of()));
        assertEquals(ids(bobDraft, bobPublished), found(bob, word, Set.of()), "a contributor finds their own published piece too");
        List<Long> everyone = ids(aliceDraft, aliceReview, bobDraft, bobPublished, editorDraft);
        assertEquals(everyone, found(editor, word, Set.of()));
        assertEquals(everyone, found(admin, word, Set.of()));
        assertEquals(ids(aliceDraft, bobDraft, editorDraft), found(editor, word, Set.of(ArticleStatus.DRAFT)));
        assertEquals(ids(aliceDraft), found(alice, word, Set.of(ArticleStatus.DRAFT)));
        assertTrue(found(alice, word, Set.of(ArticleStatus.PUBLISHED)).isEmpty(), "alice saw bob's published piece");
    }

    @Test
    void staffSearchTheBylineTooButReadersDoNot() {
        String word = SearchFixtures.word();
        User alice = fixtures.user(Role.CONTRIBUTOR);
        User editor = fixtures.user(Role.EDITOR);
        Section section = search.desk();
        Article published = piece(alice, section, ArticleStatus.PUBLISHED, word);
        Article draft = piece(alice, section, ArticleStatus.DRAFT, word);
        search.indexed();
        String byline = alice.author.slug;

        // The author's name is "Writer <slug>": its last word and a word of the text, in any field.
        assertEquals(ids(published, draft), found(editor, byline + " " + word, Set.of()));
        assertEquals(ids(published, draft), found(alice, byline, Set.of()));
        SearchRequest reader = new SearchRequest(SearchQuery.parse(byline + " " + word), SearchFilters.NONE,
                SearchSort.RELEVANCE, null, 10);
        assertTrue(engine.search(reader, SearchScope.PUBLIC).hits().isEmpty(), "readers search the byline");
    }

    @Test
    void anEmptyQueryFindsNothingRatherThanEverything() {
        User editor = fixtures.user(Role.EDITOR);
        assertTrue(newsroomSearch.search(editor, "  ", SearchFilters.NONE, Set.of(), SearchSort.NEWEST, null, 10).hits().isEmpty());
        assertTrue(newsroomSearch.search(editor, "*:*", SearchFilters.NONE, Set.of(), SearchSort.NEWEST, null, 10).hits().isEmpty());
    }

    private static List<Long> ids(Article... articles) {
        return java.util.Arrays.stream(articles).map(a -> a.id).sorted().toList();
    }
}
