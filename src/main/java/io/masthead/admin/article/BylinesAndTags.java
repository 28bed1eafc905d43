package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleTag;
import io.masthead.author.Author;
import io.masthead.tag.Tag;
import io.masthead.web.Slugs;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an article's author and tag links as the form lists them. Links are keyed by (article,
 * author/tag), so they are reconciled in place — updated, added, removed — never replaced.
 */
final class BylinesAndTags {

    private BylinesAndTags() {
    }

    /** Authors in byline order (null: leave the byline alone), tags by name in order, created when new. */
    static void link(Article article, List<Author> authors, List<String> tagNames) {
        if (authors != null) {
            linkAuthors(article, authors);
        }
        linkTags(article, tags(tagNames));
        article.syncListing();
    }

    private static void linkAuthors(Article article, List<Author> authors) {
        List<Long> ids = authors.stream().map(a -> a.id).toList();
        article.authors.removeIf(link -> !ids.contains(link.author.id));
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            int position = i;
            article.authors.stream().filter(l -> l.author.id.equals(author.id)).findFirst()
                    .ifPresentOrElse(l -> l.position = position,
                            () -> article.authors.add(ArticleAuthor.of(article, author, position)));
        }
    }

    private static void linkTags(Article article, List<Tag> tags) {
        List<Long> tagIds = tags.stream().map(t -> t.id).toList();
        article.tags.removeIf(link -> !tagIds.contains(link.tag.id));
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            int position = i;
            article.tags.stream().filter(l -> l.tag.id.equals(tag.id)).findFirst()
                    .ifPresentOrElse(l -> l.position = position,
                            () -> article.tags.add(ArticleTag.of(article, tag, position)));
        }
    }

    private static List<Tag> tags(List<String> names) {
        List<Tag> tags = new ArrayList<>();
        for (String name : names) {
            String slug = Slugs.of(name);
            if (tags.stream().noneMatch(t -> t.slug.equals(slug))) {
                tags.add(Tag.findBySlug(slug).orElseGet(() -> {
                    Tag tag = new Tag();
                    tag.slug = slug;
                    tag.name = name;
                    tag.persist();
                    return tag;
                }));
            }
        }
        return tags;
    }
}
