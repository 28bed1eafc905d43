package io.masthead.admin;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.web.PlainText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the article form sends, as typed. Never bound onto an entity: the workflow copies the
 * fields a user may change after {@link #validate()}.
 */
public class ArticleForm {

    static final int MAX_BODY = 1_000_000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @RestForm public String headline;
    @RestForm public String dek;
    @RestForm public String body;
    @RestForm public String kind;
    @RestForm public String section;
    @RestForm public String authors;
    @RestForm public String authorNote;
    @RestForm public String tags;
    @RestForm public String slug;
    @RestForm public String leadCaption;
    @RestForm public String leadCredit;
    @RestForm public String leadAlt;
    @RestForm public String version;

    public static ArticleForm of(Article a) {
        ArticleForm f = new ArticleForm();
        f.headline = a.headline;
        f.dek = a.dek;
        f.body = a.bodyMarkdown;
        f.kind = a.kind.name();
        f.section = String.valueOf(a.section.id);
        f.authors = a.authors.stream().map(l -> l.author.slug).collect(Collectors.joining(", "));
        f.authorNote = a.authorNote;
        f.tags = a.tags.stream().map(t -> t.tag.name).collect(Collectors.joining(", "));
        f.slug = a.slug;
        f.leadCaption = a.leadCaption;
        f.leadCredit = a.leadCredit;
        f.leadAlt = a.leadAlt;
        f.version = String.valueOf(a.version);
        return f;
    }

    public static ArticleForm blank() {
        ArticleForm f = new ArticleForm();
        f.kind = ArticleKind.NEWS.name();
        return f;
    }

    Errors validate() {
        clean();
        Errors errors = new Errors();
        if (trim(headline) == null) {
            errors.add("headline", "Write a headline.");
        }
        length(errors, "headline", headline, 300);
        length(errors, "dek", dek, 600);
        if (body != null && body.length() > MAX_BODY) {
            errors.add("body", "The body is longer than 1,000,000 characters.");
        }
        if (kindValue() == null) {
            errors.add("kind", "Choose news, analysis or opinion.");
        }
        if (sectionId() == null) {
            errors.add("section", "Choose a section.");
        }
        length(errors, "authorNote", authorNote, 1000);
        length(errors, "leadCaption", leadCaption, 600);
        length(errors, "leadCredit", leadCredit, 200);
        length(errors, "leadAlt", leadAlt, 400);
        for (String tag : tagNames()) {
            if (tag.length() > 120) {
                errors.add("tags", "Each tag can have at most 120 characters.");
            }
        }
        if (tagNames().size() > 20) {
            errors.add("tags", "Use at most 20 tags.");
        }
        String s = trim(slug);
        if (s != null && (s.length() > 200 || !SLUG.matcher(s).matches())) {
            errors.add("slug", "Use lowercase letters, digits and single hyphens, e.g. budget-vote-delayed.");
        }
        return errors;
    }

    /**
     * Drops what {@link PlainText} drops before anything is checked or kept, so a headline of
     * nothing but control characters is an empty headline, and the form shown back holds what would be saved.
     */
    private void clean() {
        headline = PlainText.line(headline);
        dek = PlainText.line(dek);
        body = PlainText.text(body);
        authors = PlainText.line(authors);
        authorNote = PlainText.text(authorNote);
        tags = PlainText.line(tags);
        slug = PlainText.line(slug);
        leadCaption = PlainText.line(leadCaption);
        leadCredit = PlainText.line(leadCredit);
        leadAlt = PlainText.line(leadAlt);
    }

    ArticleKind kindValue() {
        try {
            return kind == null ? null : ArticleKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Long sectionId() {
        try {
            return section == null ? null : Long.valueOf(section.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Integer versionValue() {
        try {
            return version == null ? null : Integer.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    List<String> authorSlugs() {
        return split(authors).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    List<String> tagNames() {
        return split(tags);
    }

    static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }

    private static void length(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, "Use at most " + max + " characters.");
        }
    }
}
