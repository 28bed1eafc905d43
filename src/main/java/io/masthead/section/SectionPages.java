package io.masthead.section;

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
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Section fronts, /{section}/ and /{section}/{subsection}/, newest first. */
@Path("/")
public class SectionPages {

    private final StructuredData structuredData;

    SectionPages(StructuredData structuredData) {
        this.structuredData = structuredData;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Section section, List<Section> subsections, River<Story> river,
                RawString structuredData);

        static native TemplateInstance show$items(River<Story> river);
    }

    @GET
    @Path("{section}")
    public RestResponse<?> section(@RestPath String section, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, @Context HttpServerRequest request) {
        return TrailingSlash.require(request).orElseGet(() -> front(section, cursor, size, partial));
    }

    @GET
    @Path("{section}/{subsection}")
    public RestResponse<?> subsection(@RestPath String section, @RestPath String subsection, @RestQuery String cursor,
            @RestQuery String size, @RestQuery String partial, @Context HttpServerRequest request) {
        return TrailingSlash.require(request).orElseGet(() -> front(section + "/" + subsection, cursor, size, partial));
    }

    /** The front at that path, or 404; also reached from article URLs whose last segment starts with a digit. */
    public RestResponse<?> frontOrNull(String path) {
        return front(path, null, null, null);
    }

    private RestResponse<?> front(String path, String cursorText, String sizeText, String partial) {
        Cursor cursor = Cursor.parse(cursorText);
        int size = PageSize.parse(sizeText);
        Section section = Section.findByPath(path).orElseThrow(NotFoundException::new);
        River<Story> river = Stories.river(Article.latestInSection(section, cursor, size + 1), size, section.url());
        if ("1".equals(partial)) {
            return RestResponse.ok(Templates.show$items(river));
        }
        List<Section> subsections = section.isTopLevel() ? Section.childrenOf(section) : List.of();
        return RestResponse.ok(Templates.show(section, subsections, river,
                JsonLd.script(structuredData.breadcrumbs(section.trail()))));
    }
}
