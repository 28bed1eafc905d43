package io.masthead.page;

import io.masthead.admin.Errors;
import io.masthead.article.ArticleBody;
import io.masthead.section.Section;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Creates, changes and deletes static pages; who may is declared on the newsroom resource (editors and admins). */
@ApplicationScoped
public class SitePageService {

    /** What the form sends, as typed. */
    public record Input(String title, String slug, String description, String position, String body) {
    }

    /** The outcome of a save: the page, or the problems, or a save that came after someone else's. */
    public record Outcome(SitePage page, Errors errors, boolean stale) {

        public boolean saved() {
            return page != null;
        }
    }

    @Transactional
    public Outcome save(Long id, Input in, String versionText) {
        SitePage page = id == null ? new SitePage() : SitePage.findById(id);
        if (page == null) {
            return null;
        }
        if (id != null && !String.valueOf(page.version).equals(versionText)) {
            return new Outcome(null, Errors.none().add("form",
                    "Someone else saved this page after you opened it. Nothing was saved; your text is kept below."), true);
        }
        Errors errors = Errors.none();
        String title = trimmed(in.title());
        if (title.isEmpty()) {
            errors.add("title", "Give the page a title.");
        } else if (title.length() > 200) {
            errors.add("title", "At most 200 characters.");
        }
        String slug = trimmed(in.slug()).isEmpty() ? Slugs.of(title) : trimmed(in.slug());
        if (!slug.matches("[a-z][a-z0-9-]{0,59}")) {
            errors.add("slug", "Lowercase letters, digits and hyphens, starting with a letter (at most 60).");
        } else if (SitePage.find("slug = ?1 and id <> ?2", slug, id == null ? -1L : id).count() > 0) {
            errors.add("slug", "Another page has this address.");
        } else if (Section.findByPath(SitePage.PREFIX + "/" + slug).isPresent()) {
            errors.add("slug", "A section front has this address; pick another.");
        }
        String description = trimmed(in.description());
        if (description.length() > 300) {
            errors.add("description", "At most 300 characters.");
        }
        Integer position = position(in.position(), errors);
        String body = in.body() == null ? "" : in.body();
        if (body.isBlank()) {
            errors.add("body", "Write the page's text.");
        } else if (body.length() > 100_000) {
            errors.add("body", "At most 100,000 characters.");
        }
        if (errors.any()) {
            return new Outcome(null, errors, false);
        }
        page.title = title;
        page.slug = slug;
        page.description = description.isEmpty() ? null : description;
        page.position = position;
        page.bodyMarkdown = body;
        page.bodyHtml = ArticleBody.toHtml(body);
        page.updatedAt = Instant.now();
        page.persist();
        return new Outcome(page, Errors.none(), false);
    }

    /** False when there was no such page. */
    @Transactional
    public boolean delete(long id) {
        return SitePage.deleteById(id);
    }

    private static Integer position(String text, Errors errors) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("-?\\d{1,4}")) {
            errors.add("position", "A whole number, e.g. 10; pages are listed from the lowest.");
            return 0;
        }
        return Integer.parseInt(value);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
