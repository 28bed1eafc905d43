package io.masthead.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleBody;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleSlug;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleTag;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.media.ImageArt;
import io.masthead.media.ImageStore;
import io.masthead.page.SitePage;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.video.Video;
import io.masthead.video.VideoChannel;
import io.masthead.web.Slugs;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo newsroom (src/main/resources/demo/newsroom.json, original writing for this
 * project) into an empty store, with lead images drawn locally. Times are relative to now,
 * so the demo always looks current.
 */
@ApplicationScoped
public class DemoNewsroom {

    static final String RESOURCE = "/demo/newsroom.json";
    static final String CLIPS = "/assets/video/";

    private final ImageStore images;

    DemoNewsroom(ImageStore images) {
        this.images = images;
    }

    @Transactional
    public void load() {
        DemoContent content = read();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Section> sections = sections(content.sections());
        Map<String, Author> authors = authors(content.authors());
        Map<String, Tag> tags = new HashMap<>();
        int index = 0;
        int featured = 0;
        for (DemoContent.ArticleData data : content.articles()) {
            Article article = article(data, sections, authors, tags, now, index++);
            if (Boolean.TRUE.equals(data.featured())) {
                article.featuredAt = now.minus(Duration.ofMinutes(featured++));
            }
        }
        unpublishedExamples(sections, authors, now);
        Map<String, VideoChannel> channels = channels(content.channels());
        index = 0;
        for (DemoContent.VideoData data : content.videos()) {
            video(data, channels, now, index++);
        }
        for (DemoContent.PageData data : content.pages() == null ? List.<DemoContent.PageData>of() : content.pages()) {
            page(data, now);
        }
        Log.infof("Loaded the demo newsroom: %d articles, %d sections, %d authors, %d tags, %d videos",
                content.articles().size(), sections.size(), authors.size(), tags.size(), content.videos().size());
    }

    private DemoContent read() {
        try (InputStream in = DemoNewsroom.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Section> sections(List<DemoContent.SectionData> data) {
        Map<String, Section> byPath = new HashMap<>();
        int position = 0;
        for (DemoContent.SectionData top : data) {
            Section parent = section(top, null, position++);
            byPath.put(parent.path, parent);
            int childPosition = 0;
            for (DemoContent.SectionData child : top.children() == null ? List.<DemoContent.SectionData>of() : top.children()) {
                Section section = section(child, parent, childPosition++);
                byPath.put(section.path, section);
            }
        }
        return byPath;
    }

    private static Section section(DemoContent.SectionData data, Section parent, int position) {
        Section section = new Section();
        section.slug = data.slug();
        section.path = parent == null ? data.slug() : parent.path + "/" + data.slug();
        section.name = data.name();
        section.description = data.description();
        section.parent = parent;
        section.position = position;
        section.persist();
        return section;
    }

    private Map<String, Author> authors(List<DemoContent.AuthorData> data) {
        Map<String, Author> bySlug = new HashMap<>();
        long seed = 7;
        for (DemoContent.AuthorData a : data) {
            Author author = new Author();
            author.slug = a.slug();
            author.name = a.name();
            author.title = a.title();
            author.bio = a.bio();
            author.contributor = a.contributor();
            ImageArt.Palette palette = ImageArt.Palette.values()[(int) (seed % ImageArt.Palette.values().length)];
            author.photo = images.store(ImageArt.draw(ImageArt.Motif.HILLS, palette, seed++, 320, 320));
            author.persist();
            bySlug.put(author.slug, author);
        }
        return bySlug;
    }

    private Article article(DemoContent.ArticleData data, Map<String, Section> sections, Map<String, Author> authors,
            Map<String, Tag> tags, Instant now, int index) {
        Section section = required(sections, data.section(), "section");
        Article article = new Article();
        article.headline = data.headline();
        article.slug = Slugs.of(data.headline());
        article.dek = data.dek();
        article.bodyMarkdown = data.body();
        article.bodyHtml = ArticleBody.toHtml(data.body());
        article.kind = ArticleKind.valueOf(data.kind());
        article.status = ArticleStatus.PUBLISHED;
        article.placeIn(section);
        article.authorNote = data.authorNote();
        article.publishedAt = now.minus(Duration.ofMinutes(Math.round(data.hoursAgo() * 60)));
        if (data.updatedHoursAgo() != null) {
            article.updatedAt = now.minus(Duration.ofMinutes(Math.round(data.updatedHoursAgo() * 60)));
        }
        article.createdAt = article.publishedAt.minus(Duration.ofHours(2));
        article.modifiedAt = article.updatedAt != null ? article.updatedAt : article.publishedAt;
        if (data.image() != null) {
            DemoContent.ImageData img = data.image();
            article.leadImage = illustration(img.motif(), img.palette(), 1000 + index);
            article.leadCaption = img.caption();
            article.leadCredit = img.credit();
            article.leadAlt = img.alt();
        }
        int position = 0;
        for (String slug : data.authors()) {
            article.authors.add(ArticleAuthor.of(article, required(authors, slug, "author"), position++));
        }
        position = 0;
        for (String name : data.tags()) {
            Tag tag = tags.computeIfAbsent(Slugs.of(name), slug -> newTag(slug, name));
            article.tags.add(ArticleTag.of(article, tag, position++));
        }
        article.syncListing();
        article.persist();
        ArticleSlug.remember(article, article.createdAt);
        return article;
    }

    /** A draft, a piece in review and a scheduled one, so the newsroom has work and readers see none of it. */
    private void unpublishedExamples(Map<String, Section> sections, Map<String, Author> authors, Instant now) {
        Section section = sections.values().stream().filter(Section::isTopLevel).findFirst().orElseThrow();
        Author author = authors.values().iterator().next();
        String[][] examples = {
            {"DRAFT", "Draft: Budget office weighs a second look at transit bond costs"},
            {"IN_REVIEW", "In review: Harbor district residents press for flood barrier timeline"},
            {"SCHEDULED", "Scheduled: What to watch as the legislature returns next week"},
        };
        for (String[] example : examples) {
            Article article = new Article();
            article.headline = example[1];
            article.slug = Slugs.of(example[1]);
            article.dek = "Not yet published: only the newsroom can see this piece.";
            article.bodyMarkdown = "This piece is still being written and edited.\n\nReaders never see it before it is published.";
            article.bodyHtml = ArticleBody.toHtml(article.bodyMarkdown);
            article.kind = ArticleKind.NEWS;
            article.status = ArticleStatus.valueOf(example[0]);
            article.placeIn(section);
            article.createdAt = now.minus(Duration.ofHours(3));
            article.modifiedAt = now.minus(Duration.ofHours(1));
            if (article.status == ArticleStatus.SCHEDULED) {
                article.publishedAt = now.plus(Duration.ofDays(3));
            }
            article.authors.add(ArticleAuthor.of(article, author, 0));
            article.syncListing();
            article.persist();
        }
    }

    private Map<String, VideoChannel> channels(List<DemoContent.ChannelData> data) {
        Map<String, VideoChannel> bySlug = new HashMap<>();
        int position = 0;
        for (DemoContent.ChannelData c : data) {
            VideoChannel channel = new VideoChannel();
            channel.slug = c.slug();
            channel.name = c.name();
            channel.description = c.description();
            channel.show = c.show();
            channel.position = position++;
            channel.persist();
            bySlug.put(channel.slug, channel);
        }
        return bySlug;
    }

    private void video(DemoContent.VideoData data, Map<String, VideoChannel> channels, Instant now, int index) {
        Video video = new Video();
        video.channel = required(channels, data.channel(), "channel");
        video.title = data.title();
        video.slug = Slugs.of(data.title());
        video.description = data.description();
        video.durationSeconds = data.durationSeconds();
        video.sourceUrl = CLIPS + data.clip() + ".webm";
        video.captions = resource("/META-INF/resources" + CLIPS + data.clip() + ".vtt");
        video.publishedAt = now.minus(Duration.ofMinutes(Math.round(data.hoursAgo() * 60)));
        video.thumbnail = illustration(data.motif(), data.palette(), 5000 + index);
        video.thumbnailAlt = data.alt();
        video.persist();
    }

    private static void page(DemoContent.PageData data, Instant now) {
        SitePage page = new SitePage();
        page.slug = data.slug();
        page.title = data.title();
        page.description = data.description();
        page.position = data.position();
        page.bodyMarkdown = data.body();
        page.bodyHtml = ArticleBody.toHtml(data.body());
        page.updatedAt = now;
        page.persist();
    }

    private static String resource(String path) {
        try (InputStream in = DemoNewsroom.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Image illustration(String motif, String palette, long seed) {
        return images.store(ImageArt.draw(ImageArt.motif(motif), ImageArt.palette(palette), seed, 1280, 720));
    }

    private static Tag newTag(String slug, String name) {
        Tag tag = new Tag();
        tag.slug = slug;
        tag.name = name;
        tag.persist();
        return tag;
    }

    private static <T> T required(Map<String, T> map, String key, String what) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("The demo newsroom names an unknown " + what + ": " + key);
        }
        return value;
    }
}
