package io.masthead.admin;

import io.masthead.author.Author;
import io.masthead.cache.ContentVersion;
import io.masthead.section.Navigation;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.user.Passwords;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.masthead.video.Video;
import io.masthead.video.VideoChannel;
import io.masthead.web.PlainText;
import io.masthead.web.SameSitePath;
import io.masthead.web.Site;
import io.masthead.web.SiteSetting;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Saves the newsroom's reference data — tags, sections, authors, videos, users and site
 * settings — after checking every field. Roles are declared on the resources; what an admin
 * must never do to themselves is checked here.
 */
@ApplicationScoped
public class Catalog {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Site site;
    private final Navigation navigation;
    private final ContentVersion contentVersion;

    Catalog(Site site, Navigation navigation, ContentVersion contentVersion) {
        this.site = site;
        this.navigation = navigation;
        this.contentVersion = contentVersion;
    }

    public record TagInput(String name, String slug) {
    }

    @Transactional
    public Errors saveTag(Long id, TagInput in) {
        Errors errors = new Errors();
        Tag tag = id == null ? new Tag() : Tag.findById(id);
        if (tag == null) {
            throw new NotFoundException();
        }
        String name = required(errors, "name", in.name(), 120);
        String slug = slug(errors, "slug", in.slug(), name);
        if (slug != null && Tag.find("slug = ?1 and id <> ?2", slug, id == null ? -1L : id).count() > 0) {
            errors.add("slug", "Another tag has this slug.");
        }
        if (errors.any()) {
            return errors;
        }
        tag.name = name;
        tag.slug = slug;
        tag.persist();
        return errors;
    }

    public record SectionInput(String name, String slug, String parent, String description, String position) {
    }

    @Transactional
    public Errors saveSection(Long id, SectionInput in) {
        Errors errors = new Errors();
        Section section = id == null ? new Section() : Section.findById(id);
        if (section == null) {
            throw new NotFoundException();
        }
        String name = required(errors, "name", in.name(), 120);
        String description = optional(errors, "description", in.description(), 400);
        int position = number(errors, "position", in.position(), 0, 10_000);
        if (id == null) {
            // A section's path is in its articles' URLs: it is chosen once, at creation.
            String slug = slug(errors, "slug", in.slug(), name);
            Section parent = null;
            if (ArticleForm.trim(in.parent()) != null) {
                parent = parseId(in.parent()) == null ? null : Section.findById(parseId(in.parent()));
                if (parent == null || parent.parent != null) {
                    errors.add("parent", "Choose a top-level section, or none.");
                }
            }
            if (slug != null && !errors.has("parent")) {
                String path = parent == null ? slug : parent.path + "/" + slug;
                if (Section.findByPath(path).isPresent()) {
                    errors.add("slug", "A section with this address exists.");
                }
                section.slug = slug;
                section.path = path;
                section.parent = parent;
            }
        }
        if (errors.any()) {
            return errors;
        }
        section.name = name;
        section.description = description;
        section.position = position;
        section.persist();
        navigation.reload();
        return errors;
    }

    public record AuthorInput(String name, String slug, String title, String bio, boolean contributor) {
    }

    @Transactional
    public Errors saveAuthor(Long id, AuthorInput in) {
        Errors errors = new Errors();
        Author author = id == null ? new Author() : Author.findById(id);
        if (author == null) {
            throw new NotFoundException();
        }
        String name = required(errors, "name", in.name(), 120);
        String title = optional(errors, "title", in.title(), 200);
        String bio = optionalText(errors, "bio", in.bio(), 2000);
        if (id == null) {
            String slug = slug(errors, "slug", in.slug(), name);
            if (slug != null && Author.findBySlug(slug).isPresent()) {
                errors.add("slug", "Another author has this slug.");
            }
            author.slug = slug;
        }
        if (errors.any()) {
            return errors;
        }
        author.name = name;
        author.title = title;
        author.bio = bio;
        author.contributor = in.contributor();
        author.persist();
        return errors;
    }

    public record VideoInput(String title, String channel, String description, String duration, String source,
            String alt, boolean published) {
    }

    @Transactional
    public Errors saveVideo(Long id, VideoInput in) {
        Errors errors = new Errors();
        Video video = id == null ? new Video() : Video.findById(id);
        if (video == null) {
            throw new NotFoundException();
        }
        String title = required(errors, "title", in.title(), 300);
        VideoChannel channel = parseId(in.channel()) == null ? null : VideoChannel.findById(parseId(in.channel()));
        if (channel == null) {
            errors.add("channel", "Choose a channel.");
        }
        String description = optionalText(errors, "description", in.description(), 2000);
        int duration = number(errors, "duration", in.duration(), 1, 24 * 3600);
        String source = required(errors, "source", in.source(), 500);
        if (source != null && !SameSitePath.matches(source)) {
            errors.add("source", "Use a path on this site, starting with a single /.");
        }
        String alt = optional(errors, "alt", in.alt(), 400);
        if (errors.any()) {
            return errors;
        }
        video.title = title;
        if (video.slug == null) {
            video.slug = Slugs.of(title);
        }
        video.channel = channel;
        video.description = description;
        video.durationSeconds = duration;
        video.sourceUrl = source;
        video.thumbnailAlt = alt;
        if (in.published() && video.publishedAt == null) {
            video.publishedAt = Instant.now();
        } else if (!in.published()) {
            video.publishedAt = null;
        }
        video.persist();
        return errors;
    }

    public record UserInput(String username, String displayName, String password, String role, String author) {
    }

    @Transactional
    public Errors createUser(User actor, UserInput in) {
        Errors errors = new Errors();
        String username = in.username() == null ? null : in.username().strip().toLowerCase(Locale.ROOT);
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("username", "Use 2–64 lowercase letters, digits, dots, hyphens or underscores.");
        } else if (User.findByUsername(username).isPresent()) {
            errors.add("username", "This username is taken.");
        }
        String displayName = required(errors, "displayName", in.displayName(), 120);
        String problem = Passwords.problem(in.password());
        if (problem != null) {
            errors.add("password", problem);
        }
        Role role = role(errors, in.role());
        Author author = null;
        if (ArticleForm.trim(in.author()) != null) {
            author = Author.findBySlug(in.author().strip()).orElse(null);
            if (author == null) {
                errors.add("author", "No author with this slug.");
            }
        }
        if (errors.any()) {
            return errors;
        }
        User user = User.create(username, displayName, in.password(), role);
        user.author = author;
        AuditLog.record(actor.username, "USER_CREATE", "user " + username, role.name());
        return errors;
    }

    @Transactional
    public void changeRole(User actor, long id, String roleName) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        Role role = role(new Errors(), roleName);
        if (role == null) {
            throw new BadRequestException("Choose contributor, editor or admin.");
        }
        if (user.id.equals(actor.id) && role != Role.ADMIN) {
            throw new BadRequestException("You cannot take away your own admin role.");
        }
        Role before = user.role;
        user.role = role;
        AuditLog.record(actor.username, "ROLE_CHANGE", "user " + user.username, before + " → " + role);
    }

    @Transactional
    public void setEnabled(User actor, long id, boolean enabled) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        if (user.id.equals(actor.id) && !enabled) {
            throw new BadRequestException("You cannot disable your own account.");
        }
        user.enabled = enabled;
        AuditLog.record(actor.username, enabled ? "USER_ENABLE" : "USER_DISABLE", "user " + user.username, null);
    }

    public record SettingsInput(String siteName, String disclaimer) {
    }

    @Transactional
    public Errors saveSettings(User actor, SettingsInput in) {
        Errors errors = new Errors();
        String name = required(errors, "siteName", in.siteName(), 120);
        String disclaimer = required(errors, "disclaimer", in.disclaimer(), 500);
        if (errors.any()) {
            return errors;
        }
        SiteSetting.put(SiteSetting.SITE_NAME, name);
        SiteSetting.put(SiteSetting.DISCLAIMER, disclaimer);
        AuditLog.record(actor.username, "SETTINGS", null, null);
        return errors;
    }

    /** After the settings transaction commits, so this instance shows them at once. */
    public void settingsChanged() {
        site.reload();
        contentVersion.changed();
    }

    private static Role role(Errors errors, String name) {
        try {
            return Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("role", "Choose contributor, editor or admin.");
            return null;
        }
    }

    /** A one-line text field, cleaned as it will be stored (see {@link PlainText}), then checked. */
    private static String required(Errors errors, String field, String value, int max) {
        String v = ArticleForm.trim(PlainText.line(value));
        if (v == null) {
            errors.add(field, "This cannot be empty.");
        } else if (v.length() > max) {
            errors.add(field, "Use at most " + max + " characters.");
        }
        return v;
    }

    private static String optional(Errors errors, String field, String value, int max) {
        return atMost(errors, field, ArticleForm.trim(PlainText.line(value)), max);
    }

    /** A field of several lines (bio, description): line breaks are kept. */
    private static String optionalText(Errors errors, String field, String value, int max) {
        return atMost(errors, field, ArticleForm.trim(PlainText.text(value)), max);
    }

    private static String atMost(Errors errors, String field, String v, int max) {
        if (v != null && v.length() > max) {
            errors.add(field, "Use at most " + max + " characters.");
        }
        return v;
    }

    private static String slug(Errors errors, String field, String value, String fallbackText) {
        String v = ArticleForm.trim(value);
        if (v == null) {
            return fallbackText == null ? null : Slugs.of(fallbackText);
        }
        if (v.length() > 120 || !SLUG.matcher(v).matches()) {
            errors.add(field, "Use lowercase letters, digits and single hyphens.");
            return null;
        }
        return v;
    }

    private static int number(Errors errors, String field, String value, int min, int max) {
        String v = ArticleForm.trim(value);
        if (v == null) {
            if (min > 0) {
                errors.add(field, "Give a number.");
            }
            return min;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                errors.add(field, "Give a number from " + min + " to " + max + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(field, "Give a whole number.");
            return min;
        }
    }

    static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
