package io.masthead.tag;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.InMemoryPage;
import io.masthead.cache.PageCache;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
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

/** /tag/{slug}/: every published story with the tag, newest first. */
@Path("/tag")
@PermitAll
public class TagPages implements InMemoryPage {

    private static final String PREFIX = "/tag/";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Tag tag, River<Story> river);

        static native TemplateInstance show$items(River<Story> river);
    }

    /** What a tag page shows. The first page, the one readers land on, is kept in the data cache. */
    record Front(Tag tag, River<Story> river) {
    }

    private final PageResponses pages;
    private final PageCache pageCache;

    TagPages(PageResponses pages, PageCache pageCache) {
        this.pages = pages;
        this.pageCache = pageCache;
    }

    @GET
    @Path("{slug}")
    public RestResponse<?> show(@RestPath String slug, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> {
            Cursor after = Cursor.parse(cursor);
            int pageSize = PageSize.parse(size);
            Front front = after == null && pageSize == PageSize.DEFAULT ? firstPage(slug) : load(slug, after, pageSize);
            if (front == null) {
                throw new NotFoundException();
            }
            return pages.html(ctx, "1".equals(partial) ? Templates.show$items(front.river())
                    : Templates.show(front.tag(), front.river()), Freshness.FRONT);
        });
    }

    /** The first page of a tag the REST method has answered before, when the event loop can render it from the data cache. */
    @Override
    public Rendered render(String path, String query) {
        if (query != null || !path.startsWith(PREFIX) || !path.endsWith("/") || path.length() <= PREFIX.length() + 1
                || path.indexOf('/', PREFIX.length()) != path.length() - 1) {
            return null;
        }
        Front front = firstPage(path.substring(PREFIX.length(), path.length() - 1));
        return front == null ? null : new Rendered(Templates.show(front.tag(), front.river()), Freshness.FRONT,
                "/tag/{slug}");
    }

    private Front firstPage(String slug) {
        return pageCache.fragment("tag-front:" + slug, () -> load(slug, null, PageSize.DEFAULT));
    }

    private static Front load(String slug, Cursor after, int size) {
        return Tag.findPublicBySlug(slug)
                .map(tag -> new Front(tag, Stories.river(Article.latestWithTag(tag, after, size + 1), size, tag.url())))
                .orElse(null);
    }
}
