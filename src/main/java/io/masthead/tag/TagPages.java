package io.masthead.tag;

import jakarta.annotation.security.PermitAll;
import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.web.Cursor;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** /tag/{slug}/: every published story with the tag, newest first. */
@Path("/tag")
@PermitAll
public class TagPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Tag tag, River<Story> river);

        static native TemplateInstance show$items(River<Story> river);
    }

    @GET
    @Path("{slug}")
    public RestResponse<?> show(@RestPath String slug, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, @Context HttpServerRequest request) {
        return TrailingSlash.require(request).orElseGet(() -> {
            Cursor after = Cursor.parse(cursor);
            int pageSize = PageSize.parse(size);
            Tag tag = Tag.findBySlug(slug).orElseThrow(NotFoundException::new);
            River<Story> river = Stories.river(Article.latestWithTag(tag, after, pageSize + 1), pageSize, tag.url());
            return RestResponse.ok("1".equals(partial) ? Templates.show$items(river) : Templates.show(tag, river));
        });
    }
}
