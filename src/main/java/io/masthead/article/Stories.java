package io.masthead.article;

import io.masthead.media.Picture;
import io.masthead.web.Cursor;
import io.masthead.web.River;
import io.masthead.author.Author;
import java.util.List;
import java.util.Map;

/** Turns fetched articles into cards, loading every byline of the page in one query. */
public final class Stories {

    private Stories() {
    }

    public static List<Story> of(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Author>> authors = ArticleAuthor.bylinesOf(articles.stream().map(a -> a.id).toList());
        return articles.stream().map(a -> new Story(a.id, a.url(), a.headline, a.dek, a.kind,
                a.section.name, a.section.url(), authors.getOrDefault(a.id, List.of()).stream()
                .map(author -> new Byline(author.name, author.url())).toList(), a.publishedAt,
                Picture.of(a.leadImage), a.leadAlt)).toList();
    }

    public static River<Story> river(List<Article> fetched, int size, String baseUrl) {
        River<Article> page = River.of(fetched, size, a -> Cursor.after(a.publishedAt, a.id), baseUrl);
        return new River<>(of(page.items()), page.next(), baseUrl, size);
    }
}
