package io.masthead.tag;

import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.web.Cursor;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;

/** /tag/{slug}/: every published story with the tag, newest first. */
@ApplicationScoped
public class TagPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Tag tag, River<Story> river);

        static native TemplateInstance show$items(River<Story> river);
    }

    /** What a tag page shows. The first page, the one readers land on, is kept in the data cache. */
    record Front(Tag tag, River<Story> river) {
    }

    @Produces
    PublicPage tagPage() {
        return PublicPage.at("/tag/{slug}/", this::show);
    }

    private Answer show(PageRequest request) {
        String slug = request.param("slug");
        Cursor after = Cursor.parse(request.query("cursor"));
        int size = PageSize.parse(request.query("size"));
        Front front = after == null && size == PageSize.DEFAULT
                ? request.cached("tag-front:" + slug, Reach.SINGLE, () -> load(slug, null, PageSize.DEFAULT))
                : request.read(() -> load(slug, after, size));
        if (front == null) {
            throw new NotFoundException();
        }
        return Answer.page("1".equals(request.query("partial")) ? Templates.show$items(front.river())
                : Templates.show(front.tag(), front.river()), Freshness.FRONT, Reach.SINGLE);
    }

    private static Front load(String slug, Cursor after, int size) {
        return Tag.findPublicBySlug(slug)
                .map(tag -> new Front(tag, Stories.river(Article.latestWithTag(tag, after, size + 1), size, tag.url())))
                .orElse(null);
    }
}
