package io.masthead.page;

import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.section.Section;
import io.masthead.section.SectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;

/**
 * Static pages at /info/{slug}/. The route only takes slugs that start with a letter, so
 * /info/123-x stays an article of a section called "info"; and a section front at the same
 * address always wins, so no page ever hides a section.
 */
@ApplicationScoped
public class SitePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(SitePage page);
    }

    private final SectionPages sectionPages;

    SitePages(SectionPages sectionPages) {
        this.sectionPages = sectionPages;
    }

    @Produces
    PublicPage sitePage() {
        return PublicPage.at("/" + SitePage.PREFIX + "/{slug:[a-z][a-z0-9-]{0,119}}/", this::show);
    }

    private Answer show(PageRequest request) {
        String path = SitePage.PREFIX + "/" + request.param("slug");
        if (request.read(() -> Section.findByPath(path).isPresent())) {
            return sectionPages.front(request, path);
        }
        SitePage page = request.read(() -> SitePage.findBySlug(request.param("slug"))).orElseThrow(NotFoundException::new);
        // A handful of pages, each read from every footer: shared, like the fronts.
        return Answer.page(Templates.show(page), Freshness.ARTICLE, Reach.SHARED);
    }
}
