package io.masthead.article;

import io.masthead.media.Picture;
import io.masthead.web.Cursor;
import io.masthead.web.River;
import java.util.ArrayList;
import java.util.HashMap;
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
        List<Long> ids = articles.stream().map(a -> a.id).toList();
        Map<Long, List<Byline>> bylines = new HashMap<>();
        ArticleAuthor.<ArticleAuthor>find("""
                select aa from ArticleAuthor aa join fetch aa.author
                where aa.article.id in ?1 order by aa.position""", ids)
                .stream()
                .forEach(aa -> bylines.computeIfAbsent(aa.article.id, k -> new ArrayList<>())
                        .add(new Byline(aa.author.name, aa.author.url())));
        return articles.stream().map(a -> new Story(a.id, a.url(), a.headline, a.dek, a.kind,
                a.section.name, a.section.url(), bylines.getOrDefault(a.id, List.of()), a.publishedAt,
                Picture.of(a.leadImage), a.leadAlt)).toList();
    }

    public static River<Story> river(List<Article> fetched, int size, String baseUrl) {
        River<Article> page = River.of(fetched, size, a -> Cursor.after(a.publishedAt, a.id), baseUrl);
        return new River<>(of(page.items()), page.next(), baseUrl, size);
    }
}
