package io.masthead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.support.Html;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SyntheticArticlesTest {

    @Inject
    SyntheticArticles synthetic;

    @Test
    void fillsTheStoreWithSkewedTagsAndReadablePages() {
        long before = count();
        synthetic.fillTo((int) before + 3_000);
        assertEquals(before + 3_000, count());
        synthetic.fillTo((int) before + 3_000);
        assertEquals(before + 3_000, count(), "filling to the same size again adds nothing");

        List<Number> perTag = tagSizes();
        int biggest = perTag.get(0).intValue();
        int median = perTag.get(perTag.size() / 2).intValue();
        assertTrue(biggest > 20 * Math.max(1, median), "a few huge tags, many small: " + biggest + " vs " + median);

        Html.get("/tag/topic-0/");
        Html.get(Html.get("/tag/topic-0/").selectFirst("a.load-more__link").attr("href"));
        Html.get("/author/synthetic-writer-0/");
        Html.get(Html.get("/tag/topic-0/").selectFirst(".river__item h2 a").attr("href"));
    }

    @Transactional
    long count() {
        return Article.count();
    }

    @SuppressWarnings("unchecked")
    @Transactional
    List<Number> tagSizes() {
        return Article.getEntityManager().createNativeQuery("""
                select count(*) from article_tag t join tag g on g.id = t.tag_id
                where g.slug like 'topic-%' group by t.tag_id order by count(*) desc""").getResultList();
    }
}
