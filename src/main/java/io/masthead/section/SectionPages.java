package io.masthead.section;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.InMemoryPage;
import io.masthead.cache.DataCache;
import io.masthead.cache.Reach;
import io.masthead.cache.PageResponses;
import io.masthead.web.Crumb;
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
public class SectionPages implements InMemoryPage {

    private static final String SECTION = "{section}";
    private static final String SUBSECTION = "{section}/{subsection}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Section section, List<Crumb> crumbs, List<Section> subsections,
                River<Story> river, RawString structuredData);

        static native TemplateInstance show$items(River<Story> river);
    }

    /** What a section front shows. The first page, the one readers land on, is kept in the data cache. */
    record Front(Section section, List<Crumb> crumbs, List<Section> subsections, River<Story> river,
            RawString structuredData) {
    }

    private final PageResponses pages;
    private final StructuredData structuredData;
    private final DataCache dataCache;

    SectionPages(PageResponses pages, StructuredData structuredData, DataCache dataCache) {
        this.pages = pages;
        this.structuredData = structuredData;
        this.dataCache = dataCache;
    }

    @GET
    @Path(SECTION)
    public RestResponse<?> section(@RestPath String section, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> front(ctx, section, cursor, size, partial));
    }

    @GET
    @Path(SUBSECTION)
    public RestResponse<?> subsection(@RestPath String section, @RestPath String subsection, @RestQuery String cursor,
            @RestQuery String size, @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> front(ctx, section + "/" + subsection, cursor, size, partial));
    }

    /** The front at that path, or 404; also reached from article URLs whose last segment starts with a digit. */
    public RestResponse<?> frontOrNull(RoutingContext ctx, String path) {
        return front(ctx, path, null, null, null);
    }

    /**
     * The first page of a front the REST method has answered before, when the event loop can
     * render it from the data cache. Other paths are never found there: only the REST method
     * stores a front, under the path it routed to this page.
     */
    @Override
    public Rendered render(String path, String query) {
        if (query != null || path.length() < 3 || !path.endsWith("/")) {
            return null;
        }
        String sectionPath = path.substring(1, path.length() - 1);
        Front front = firstPage(sectionPath);
        return front == null ? null : new Rendered(page(front), Freshness.FRONT,
                "/" + (sectionPath.indexOf('/') < 0 ? SECTION : SUBSECTION), Reach.SHARED);
    }

    private RestResponse<?> front(RoutingContext ctx, String path, String cursorText, String sizeText, String partial) {
        Cursor cursor = Cursor.parse(cursorText);
        int size = PageSize.parse(sizeText);
        boolean first = cursor == null && size == PageSize.DEFAULT;
        Front front = first ? firstPage(path) : load(path, cursor, size);
        if (front == null) {
            throw new NotFoundException();
        }
        Reach reach = first ? Reach.SHARED : Reach.SINGLE;
        if ("1".equals(partial)) {
            return pages.html(ctx, Templates.show$items(front.river()), Freshness.FRONT, reach);
        }
        return pages.html(ctx, page(front), Freshness.FRONT, reach);
    }

    private Front firstPage(String path) {
        return dataCache.get("section-front:" + path, Reach.SHARED, () -> load(path, null, PageSize.DEFAULT));
    }

    private Front load(String path, Cursor cursor, int size) {
        Section section = Section.findByPath(path).orElse(null);
        if (section == null) {
            return null;
        }
        River<Story> river = Stories.river(Article.latestInSection(section, cursor, size + 1), size, section.url());
        List<Crumb> crumbs = section.trail();
        List<Section> subsections = section.isTopLevel() ? Section.childrenOf(section) : List.of();
        return new Front(section, crumbs, subsections, river, JsonLd.script(structuredData.breadcrumbs(crumbs)));
    }

    private static TemplateInstance page(Front front) {
        return Templates.show(front.section(), front.crumbs(), front.subsections(), front.river(), front.structuredData());
    }
}
