package io.masthead.article;

import io.masthead.author.Author;
import io.masthead.media.Picture;
import io.masthead.tag.Tag;
import io.masthead.web.StructuredData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org description of an article page: NewsArticle, or its opinion and analysis kinds. */
@ApplicationScoped
public class NewsArticleData {

    private final StructuredData data;

    NewsArticleData(StructuredData data) {
        this.data = data;
    }

    public Map<String, Object> of(Article article, List<Author> authors, List<Tag> tags) {
        String url = data.absolute(article.url());
        Map<String, Object> node = StructuredData.node(type(article.kind));
        node.put("headline", article.headline);
        if (article.dek != null && !article.dek.isBlank()) {
            node.put("description", article.dek);
        }
        if (article.leadImage != null) {
            node.put("image", List.of(data.image(Picture.of(article.leadImage))));
        }
        if (article.publishedAt != null) {
            node.put("datePublished", data.date(article.publishedAt));
        }
        // Only a substantive update counts as a modification; ordinary saves are not news to readers.
        if (article.updatedAt != null) {
            node.put("dateModified", data.date(article.updatedAt));
        }
        node.put("author", authors.stream().map(this::person).toList());
        node.put("publisher", data.publisher());
        node.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        node.put("url", url);
        node.put("articleSection", article.section.name);
        if (!tags.isEmpty()) {
            node.put("keywords", tags.stream().map(t -> t.name).toList());
        }
        return node;
    }

    static String type(ArticleKind kind) {
        return switch (kind) {
            case OPINION -> "OpinionNewsArticle";
            case ANALYSIS -> "AnalysisNewsArticle";
            case NEWS -> "NewsArticle";
        };
    }

    private Map<String, Object> person(Author author) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", author.name);
        person.put("url", data.absolute(author.url()));
        return person;
    }
}
