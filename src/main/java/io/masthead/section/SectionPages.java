package io.masthead.section;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.web.Cursor;
import io.masthead.web.JsonLd;
import io.masthead.web.StructuredData;
import io.quarkus.qute.RawString;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Section fronts, /{section}/ and /{section}/{subsection}/, newest first. */
@Path("/")
@PermitAll
public class SectionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Section section, List<Section> subsections, River<Story> river,
                RawString structuredData);

        static native TemplateInstance show$items(River<Story> river);
    }

    private final PageResponses pages;
    private final StructuredData structuredData;

    SectionPages(PageResponses pages, StructuredData structuredData) {
        this.pages = pages;
        this.structuredData = structuredData;
    }

    @GET
    @Path("{section}")
    public RestResponse<?> section(@RestPath String section, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> front(ctx, section, cursor, size, partial));
    }

    @GET
    @Path("{section}/{subsection}")
    public RestResponse<?> subsection(@RestPath String section, @RestPath String subsection, @RestQuery String cursor,
            @RestQuery String size, @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> front(ctx, section + "/" + subsection, cursor, size, partial));
    }

    /** The front at that path, or 404; also reached from article URLs whose last segment starts with a digit. */
    public RestResponse<?> frontOrNull(RoutingContext ctx, String path) {
        return front(ctx, path, null, null, null);
    }

    private RestResponse<?> front(RoutingContext ctx, String path, String cursorText, String sizeText, String partial) {
        Cursor cursor = Cursor.parse(cursorText);
        int size = PageSize.parse(sizeText);
        Section section = Section.findByPath(path).orElseThrow(NotFoundException::new);
        River<Story> river = Stories.river(Article.latestInSection(section, cursor, size + 1), size, section.url());
        if ("1".equals(partial)) {
            return pages.html(ctx, Templates.show$items(river), Freshness.FRONT);
        }
        List<Section> subsections = section.isTopLevel() ? Section.childrenOf(section) : List.of();
        return pages.html(ctx, Templates.show(section, subsections, river,
                JsonLd.script(structuredData.breadcrumbs(section.trail()))), Freshness.FRONT);
    }
}
