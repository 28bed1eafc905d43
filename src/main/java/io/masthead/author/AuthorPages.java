package io.masthead.author;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
import io.masthead.cache.Reach;
import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.web.Cursor;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** /author/{slug}/: the profile and the author's published stories, newest first. */
@Path("/author")
@PermitAll
public class AuthorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Author author, River<Story> river);

        static native TemplateInstance show$items(River<Story> river);
    }

    private final PageResponses pages;

    AuthorPages(PageResponses pages) {
        this.pages = pages;
    }

    @GET
    @Path("{slug}")
    public RestResponse<?> show(@RestPath String slug, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> {
            Cursor after = Cursor.parse(cursor);
            int pageSize = PageSize.parse(size);
            Author author = Author.findBySlug(slug).orElseThrow(NotFoundException::new);
            River<Story> river = Stories.river(Article.latestByAuthor(author, after, pageSize + 1), pageSize, author.url());
            return pages.html(ctx, "1".equals(partial) ? Templates.show$items(river) : Templates.show(author, river),
                    Freshness.FRONT, Reach.SINGLE);
        });
    }
}
