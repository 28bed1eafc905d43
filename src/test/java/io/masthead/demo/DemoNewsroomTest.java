package io.masthead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.video.Video;
import io.masthead.video.VideoChannel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoNewsroomTest {

    @Test
    @Transactional
    void demoNewsroomHasWhatTheProductPromises() {
        assertTrue(Section.count("parent is null") >= 6);
        Section opinion = Section.findByPath("opinion").orElseThrow();
        assertTrue(Section.count("parent", opinion) >= 2);
        assertTrue(Article.count("status", ArticleStatus.PUBLISHED) >= 40);
        long contributorOpinion = Article.count("""
                select count(distinct a) from Article a join a.authors aa
                where a.kind = ?1 and aa.author.contributor = true and a.authorNote is not null""", ArticleKind.OPINION);
        assertTrue(contributorOpinion >= 8, "opinion pieces by contributors with a note: " + contributorOpinion);
        assertTrue(Tag.count() >= 30);
        assertTrue(Author.count() >= 10);
        assertTrue(Author.count("bio is not null") >= 10);
        assertEquals(2, VideoChannel.count());
        assertTrue(Video.count() >= 12);
        assertEquals(1, VideoChannel.count("show", true));
        assertTrue(Article.count("status = ?1 and leadImage is not null and leadAlt is not null and leadCredit is not null",
                ArticleStatus.PUBLISHED) >= 40);
    }
}
