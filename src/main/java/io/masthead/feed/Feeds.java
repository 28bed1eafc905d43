package io.masthead.feed;

import io.masthead.web.InList;
import io.quarkus.panache.common.Parameters;
import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleTag;
import io.masthead.author.Author;
import io.masthead.media.Picture;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.web.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the RSS feeds. Each method takes only what names the feed and returns the whole
 * document, so a cache can sit in front of it keyed by those arguments.
 */
@ApplicationScoped
public class Feeds {

    static final int ITEMS = 50;

    private final Site site;

    Feeds(Site site) {
        this.site = site;
    }

    @Transactional
    public String site() {
        FeedChannel channel = new FeedChannel(site.name(), site.tagline(), "/", "/rss.xml");
        return RssWriter.write(site, channel, items(Article.latest(null, ITEMS)));
    }

    /** "politics" or "politics/congress"; empty when there is no such section. */
    @Transactional
    public Optional<String> section(String path) {
        return Section.findByPath(path).map(section -> {
            FeedChannel channel = new FeedChannel(section.name + " | " + site.name(),
                    section.description != null ? section.description : section.name, section.url(),
                    section.url() + "rss.xml");
            return RssWriter.write(site, channel, items(Article.latestInSection(section, null, ITEMS)));
        });
    }

    @Transactional
    public Optional<String> tag(String slug) {
        return Tag.findPublicBySlug(slug).map(tag -> {
            FeedChannel channel = new FeedChannel(tag.name + " | " + site.name(), tag.name + " — " + site.tagline(),
                    tag.url(), tag.url() + "rss.xml");
            return RssWriter.write(site, channel, items(Article.latestWithTag(tag, null, ITEMS)));
        });
    }

    @Transactional
    public Optional<String> author(String slug) {
        return Author.findBySlug(slug).map(author -> {
            FeedChannel channel = new FeedChannel(author.name + " | " + site.name(),
                    author.bio != null && !author.bio.isBlank() ? author.bio : author.name,
                    author.url(), author.url() + "rss.xml");
            return RssWriter.write(site, channel, items(Article.latestByAuthor(author, null, ITEMS)));
        });
    }

    /** Bylines and tags of every item in two queries, whatever the number of items. */
    private static List<FeedItem> items(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = articles.stream().map(a -> a.id).toList();
        Map<Long, List<String>> creators = new HashMap<>();
        ArticleAuthor.bylinesOf(ids).forEach((id, authors) -> creators.put(id, authors.stream().map(a -> a.name).toList()));
        Map<Long, List<String>> categories = new HashMap<>();
        Parameters params = new Parameters();
        ArticleTag.<ArticleTag>find("select t from ArticleTag t join fetch t.tag where t.article.id in "
                + InList.bind("article", ids, params) + " order by t.position", params)
                .stream()
                .forEach(t -> categories.computeIfAbsent(t.article.id, k -> new ArrayList<>()).add(t.tag.name));
        return articles.stream().map(a -> new FeedItem(a.url(), a.headline, a.dek, a.publishedAt,
                creators.getOrDefault(a.id, List.of()), categories.getOrDefault(a.id, List.of()),
                Picture.of(a.leadImage), a.leadAlt, a.leadCredit)).toList();
    }
}
