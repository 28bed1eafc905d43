package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.support.Hostile;
import io.masthead.tag.Tag;
import io.masthead.user.Role;
import io.masthead.web.PlainText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Control characters, noncharacters and lone surrogates never reach the database, whichever way
 * text is saved, so H2 and PostgreSQL (which turns a lone surrogate into '?') hold the same text.
 */
@QuarkusTest
class PlainTextOnSaveTest {

    @Inject
    Fixtures fixtures;

    @Test
    void theArticleFormSavesEveryTextFieldWithoutControlCharacters() throws Exception {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String tag = Fixtures.unique("clean");
        Response created = editor.form("/admin/articles/new", "form.form")
                .set("headline", "Budget\u0001 vote\u0007 delayed\r\nagain\u009B")
                .set("dek", "\u000BA dek\tof\u0000 two\u2028lines ")
                .set("body", "First\u0000 paragraph.\r\n\r\nSecond\u0008 paragraph.\uFFFF")
                .set("section", String.valueOf(section.id))
                .set("authorNote", "Note\u001F one\r\nNote two")
                .set("tags", tag + "\u0001")
                .set("leadAlt", "Alt\u0007 text").set("leadCaption", "Cap\ntion").set("leadCredit", "Staff\u007F photo")
                .file("leadImage", ArticleLifecycleTest.png(400, 300))
                .submit();
        assertEquals(303, created.statusCode());
        long id = Long.parseLong(created.header("Location").replaceAll("^.*/admin/articles/", ""));

        Article saved = fixtures.reloadArticle(id);
        assertEquals("Budget vote delayed again", saved.headline);
        assertEquals("A dek of two lines", saved.dek);
        assertEquals("First paragraph.\n\nSecond paragraph.", saved.bodyMarkdown);
        assertTrue(saved.bodyHtml.contains("<p>First paragraph.</p>"), saved.bodyHtml);
        assertEquals("Note one\nNote two", saved.authorNote);
        assertEquals(List.of(tag), QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).tags.stream()
                .map(t -> t.tag.name).toList()));
        assertEquals("Alt text", saved.leadAlt);
        assertEquals("Cap tion", saved.leadCaption);
        assertEquals("Staff photo", saved.leadCredit);
        assertEquals("Budget vote delayed again", column("headline", id));
    }

    @Test
    void aHeadlineOfNothingButControlCharactersIsAnEmptyHeadline() {
        Section section = fixtures.section();
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Response refused = editor.form("/admin/articles/new", "form.form")
                .set("headline", "\u0001\u0002\t\n")
                .set("section", String.valueOf(section.id))
                .submit();
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).select("#headline-error").text().contains("Write a headline"));
    }

    @Test
    void catalogFormsSaveNamesAndBiosWithoutControlCharacters() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String slug = Fixtures.unique("clean-author");
        assertEquals(303, editor.form("/admin/authors/new", "form.form")
                .set("name", "Ada\u0000 Lovelace\u0085").set("slug", slug).set("title", "Analyst\u0007")
                .set("bio", "Wrote notes.\r\nMany\u0001 notes.").submit().statusCode());
        Author author = QuarkusTransaction.requiringNew().call(() -> Author.findBySlug(slug).orElseThrow());
        assertEquals("Ada Lovelace", author.name);
        assertEquals("Analyst", author.title);
        assertEquals("Wrote notes.\nMany notes.", author.bio);
    }

    @Test
    void anyWriteOfAnEntityIsCleanedTooLoneSurrogatesIncluded() {
        Section section = fixtures.section(Fixtures.unique("clean-desk"), null);
        Article article = fixtures.article("Clean on save", section, null, null, ArticleStatus.DRAFT, null);
        fixtures.editArticle(article.id, a -> {
            a.headline = Hostile.TEXT;
            a.dek = Hostile.TEXT;
            a.leadAlt = Hostile.TEXT;
            a.leadCredit = Hostile.TEXT;
            a.leadCaption = Hostile.TEXT;
            a.authorNote = Hostile.TEXT;
            a.bodyMarkdown = Hostile.TEXT;
        });
        String line = PlainText.line(Hostile.TEXT);
        String text = PlainText.text(Hostile.TEXT);
        Article saved = fixtures.reloadArticle(article.id);
        assertEquals(line, saved.headline);
        assertEquals(line, saved.dek);
        assertEquals(line, saved.leadAlt);
        assertEquals(line, saved.leadCredit);
        assertEquals(line, saved.leadCaption);
        assertEquals(text, saved.authorNote);
        assertEquals(text, saved.bodyMarkdown);
        // Read back by SQL, not from any Hibernate state: the database itself holds the clean text.
        assertEquals(line, column("headline", article.id));
        assertTrue(line.contains("📰 مرحبا \u202Eevil\u202C tab line"), line);

        long tagId = QuarkusTransaction.requiringNew().call(() -> {
            Tag tag = new Tag();
            tag.slug = Fixtures.unique("clean-tag");
            tag.name = Hostile.TEXT;
            tag.persist();
            return tag.id;
        });
        assertEquals(line, QuarkusTransaction.requiringNew().call(() -> Tag.<Tag>findById(tagId).name));
    }

    private static String column(String column, long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Article.getEntityManager()
                .createNativeQuery("select " + column + " from article where id = ?1")
                .setParameter(1, articleId).getSingleResult());
    }
}
