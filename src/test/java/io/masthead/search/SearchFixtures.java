package io.masthead.search;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleBody;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.user.User;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Articles with words no other test uses, and a way to wait until the index has them. */
@ApplicationScoped
public class SearchFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONSONANTS = "bcdfgklmnprtvz";
    private static final String VOWELS = "aeiou";

    @Inject
    SearchEngine engine;

    private static final String SHELF = "search-tests";

    /** A made-up word, letters only, that no other test (nor the demo) has: "zobikatunor". */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 4; i++) {
            word.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(RANDOM.nextInt(VOWELS.length())));
        }
        return word.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length()))).toString();
    }

    public record Spec(String headline, String dek, String body, ArticleKind kind, Section section, Author author,
            ArticleStatus status, Instant publishedAt, User owner) {

        public static Spec of(String headline, String body, Section section) {
            return new Spec(headline, "A dek", body, ArticleKind.NEWS, section, null, ArticleStatus.PUBLISHED,
                    Instant.now().minus(1, ChronoUnit.HOURS), null);
        }

        public Spec dek(String value) {
            return new Spec(headline, value, body, kind, section, author, status, publishedAt, owner);
        }

        public Spec kind(ArticleKind value) {
            return new Spec(headline, dek, body, value, section, author, status, publishedAt, owner);
        }

        public Spec author(Author value) {
            return new Spec(headline, dek, body, kind, section, value, status, publishedAt, owner);
        }

        public Spec status(ArticleStatus value) {
            return new Spec(headline, dek, body, kind, section, author, value, publishedAt, owner);
        }

        public Spec at(Instant value) {
            return new Spec(headline, dek, body, kind, section, author, status, value, owner);
        }

        public Spec owner(User value) {
            return new Spec(headline, dek, body, kind, section, author, status, publishedAt, value);
        }
    }

    @Transactional
    public Article article(Spec spec) {
        Section section = Section.findById(spec.section().id);
        Article article = new Article();
        article.headline = spec.headline();
        article.slug = Slugs.of(spec.headline());
        article.dek = spec.dek();
        article.bodyMarkdown = spec.body();
        article.bodyHtml = ArticleBody.toHtml(spec.body());
        article.kind = spec.kind();
        article.status = spec.status();
        article.placeIn(section);
        boolean dated = spec.status() == ArticleStatus.PUBLISHED || spec.status() == ArticleStatus.SCHEDULED
                || spec.status() == ArticleStatus.UNPUBLISHED;
        article.publishedAt = dated ? spec.publishedAt().truncatedTo(ChronoUnit.MICROS) : null;
        article.createdAt = Instant.now();
        article.modifiedAt = Instant.now();
        if (spec.owner() != null) {
            article.createdBy = User.findById(spec.owner().id);
        }
        Author author = spec.author() != null ? Author.findById(spec.author().id)
                : article.createdBy != null ? article.createdBy.author : null;
        if (author != null) {
            article.authors.add(ArticleAuthor.of(article, author, 0));
        }
        article.syncListing();
        article.persist();
        return article;
    }

    /**
     * A section of its own for a test: a subsection of one shared top-level section, so search
     * tests do not add a section per test to the site's navigation, which every page shows.
     */
    @Transactional
    public Section desk() {
        Section shelf = Section.<Section>find("path", SHELF).firstResultOptional().orElseGet(() -> {
            Section created = new Section();
            created.slug = SHELF;
            created.path = SHELF;
            created.name = "Search tests";
            created.persist();
            return created;
        });
        Section desk = new Section();
        desk.slug = "desk-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        desk.path = SHELF + "/" + desk.slug;
        desk.name = "Desk " + desk.slug;
        desk.parent = shelf;
        desk.persist();
        return desk;
    }

    /** Waits until the index holds every change committed so far. */
    public void indexed() {
        engine.awaitCurrent();
    }
}
