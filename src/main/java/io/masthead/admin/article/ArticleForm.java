package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.user.User;
import io.masthead.web.PlainText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the article form sends, as typed, with the rules for each field. Never bound onto an
 * entity: {@link ArticleContent} copies the fields a user may change once they are valid.
 */
public class ArticleForm {

    static final int MAX_BODY = 1_000_000;

    @RestForm
    @NotBlank(message = "{writeHeadline}")
    @Size(max = 300, message = "{tooLong}")
    public String headline;

    @RestForm
    @Size(max = 600, message = "{tooLong}")
    public String dek;

    @RestForm
    @Size(max = MAX_BODY, message = "{bodyTooLong}")
    public String body;

    @RestForm
    @NotNull(message = "{chooseKind}")
    @Pattern(regexp = "(?i)\\s*(NEWS|ANALYSIS|OPINION)\\s*", message = "{chooseKind}")
    public String kind;

    @RestForm
    @NotNull(message = "{chooseSection}")
    @Pattern(regexp = "\\s*\\d{1,18}\\s*", message = "{chooseSection}")
    public String section;

    @RestForm public String authors;

    @RestForm
    @Size(max = 1000, message = "{tooLong}")
    public String authorNote;

    @RestForm
    @TagNames
    public String tags;

    @RestForm
    @Pattern(regexp = "\\s*|\\s*[a-z0-9]+(-[a-z0-9]+)*\\s*", message = "{articleSlugRule}")
    @Size(max = 200, message = "{articleSlugRule}")
    public String slug;

    @RestForm
    @Size(max = 600, message = "{tooLong}")
    public String leadCaption;

    @RestForm
    @Size(max = 200, message = "{tooLong}")
    public String leadCredit;

    @RestForm
    @Size(max = 400, message = "{tooLong}")
    public String leadAlt;

    @RestForm public String version;

    /** The library image a failed attempt uploaded or the writer chose, carried until the piece saves. */
    @RestForm public String keptImage;

    public static ArticleForm of(Article a) {
        ArticleForm f = new ArticleForm();
        f.headline = a.headline;
        f.dek = a.dek;
        f.body = a.bodyMarkdown;
        f.kind = a.kind.name();
        f.section = String.valueOf(a.section.id);
        f.authors = a.authors.stream().map(l -> l.author.name).collect(Collectors.joining(", "));
        f.authorNote = a.authorNote;
        f.tags = a.tags.stream().map(t -> t.tag.name).collect(Collectors.joining(", "));
        f.slug = a.slug;
        f.leadCaption = a.leadCaption;
        f.leadCredit = a.leadCredit;
        f.leadAlt = a.leadAlt;
        f.version = String.valueOf(a.version);
        return f;
    }

    /** A new piece: news for staff; opinion for contributors, who are outside writers. */
    public static ArticleForm blank(User user) {
        ArticleForm f = new ArticleForm();
        f.kind = (user.isEditor() ? ArticleKind.NEWS : ArticleKind.OPINION).name();
        return f;
    }

    /**
     * Whether this form, cleaned as it would be saved, holds what the saved piece holds: a
     * save-and-act button then acts without leaving an empty revision. Fields not sent count as same.
     */
    boolean sameAs(ArticleForm saved) {
        return same(headline, saved.headline, true) && same(dek, saved.dek, true) && same(body, saved.body, false)
                && same(kind, saved.kind, true) && same(section, saved.section, true) && same(authors, saved.authors, true)
                && same(authorNote, saved.authorNote, false) && same(tags, saved.tags, true) && same(slug, saved.slug, true)
                && same(leadCaption, saved.leadCaption, true) && same(leadCredit, saved.leadCredit, true)
                && same(leadAlt, saved.leadAlt, true) && (keptImage == null || keptImage.isBlank());
    }

    private static boolean same(String typed, String saved, boolean oneLine) {
        if (typed == null) {
            return true;
        }
        String a = oneLine ? PlainText.line(typed) : PlainText.text(typed);
        String b = saved == null ? "" : oneLine ? PlainText.line(saved) : PlainText.text(saved);
        return a.strip().equals(b.strip());
    }

    /** Whether the article form's fields came along (a save-and-act button), not just an action's token. */
    boolean sentFields() {
        return headline != null || body != null || version != null;
    }

    /**
     * Drops what {@link PlainText} drops before anything is checked or kept, so a headline of
     * nothing but control characters is an empty headline, and the form shown back holds what would be saved.
     */
    void clean() {
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

    /** The byline in order, each entry an author's name or slug, compared without case. */
    List<String> authorEntries() {
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
}
