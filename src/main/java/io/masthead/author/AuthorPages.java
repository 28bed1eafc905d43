package io.masthead.author;

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

/** /author/{slug}/: the profile and the author's published stories, newest first. */
@ApplicationScoped
public class AuthorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Author author, River<Story> river);

        static native TemplateInstance show$items(River<Story> river);
    }

    private record Profile(Author author, River<Story> river) {
    }

    @Produces
    PublicPage authorPage() {
        return PublicPage.at("/author/{slug}/", this::show);
    }

    private Answer show(PageRequest request) {
        String slug = request.param("slug");
        Cursor after = Cursor.parse(request.query("cursor"));
        int size = PageSize.parse(request.query("size"));
        Profile profile = request.read(() -> Author.findBySlug(slug)
                .map(author -> new Profile(author,
                        Stories.river(Article.latestByAuthor(author, after, size + 1), size, author.url())))
                .orElse(null));
        if (profile == null) {
            throw new NotFoundException();
        }
        return Answer.page("1".equals(request.query("partial")) ? Templates.show$items(profile.river())
                : Templates.show(profile.author(), profile.river()), Freshness.FRONT, Reach.SINGLE);
    }
}
