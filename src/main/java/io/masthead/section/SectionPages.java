package io.masthead.section;

import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.web.Crumb;
import io.masthead.web.Cursor;
import io.masthead.web.JsonLd;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.masthead.web.Slugs;
import io.masthead.web.StructuredData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** Section fronts, /{section}/ and /{section}/{subsection}/, newest first. */
@ApplicationScoped
public class SectionPages {

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

    private final StructuredData structuredData;

    SectionPages(StructuredData structuredData) {
        this.structuredData = structuredData;
    }

    @Produces
    PublicPage sectionFront() {
        return PublicPage.at("/{section:" + Section.ROUTE_SLUG + "}/", request -> front(request, request.param("section")));
    }

    @Produces
    PublicPage subsectionFront() {
        return PublicPage.at("/{section:" + Section.ROUTE_SLUG + "}/{subsection:" + Slugs.RULE + "}/",
                request -> front(request, request.param("section") + "/" + request.param("subsection")));
    }

    /** The front at that path, or 404; also reached from article URLs whose last segment starts with a digit. */
    public Answer front(PageRequest request, String path) {
        Cursor cursor = Cursor.parse(request.query("cursor"));
        int size = PageSize.parse(request.query("size"));
        boolean first = cursor == null && size == PageSize.DEFAULT;
        Front front = first
                ? request.cached("section-front:" + path, Reach.SHARED, () -> load(path, null, PageSize.DEFAULT))
                : request.read(() -> load(path, cursor, size));
        if (front == null) {
            throw new NotFoundException();
        }
        return Answer.page("1".equals(request.query("partial")) ? Templates.show$items(front.river()) : page(front),
                Freshness.FRONT, first ? Reach.SHARED : Reach.SINGLE);
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
