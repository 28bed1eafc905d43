package io.masthead.page;

import io.masthead.cache.Freshness;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Reach;
import io.masthead.section.Section;
import io.masthead.section.SectionPages;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Static pages at /info/{slug}/. The route only takes slugs that start with a letter, so
 * /info/123-x stays an article of a section called "info"; and a section front at the same
 * address always wins, so no page ever hides a section.
 */
@Path("/")
@PermitAll
public class SitePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(SitePage page);
    }

    private final PageResponses pages;
    private final SectionPages sectionPages;

    SitePages(PageResponses pages, SectionPages sectionPages) {
        this.pages = pages;
        this.sectionPages = sectionPages;
    }

    @GET
    @Path(SitePage.PREFIX + "/{slug: [a-z][a-z0-9-]*}")
    public RestResponse<?> show(@RestPath String slug, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, RoutingContext ctx) {
        if (Section.findByPath(SitePage.PREFIX + "/" + slug).isPresent()) {
            return sectionPages.subsection(SitePage.PREFIX, slug, cursor, size, partial, ctx);
        }
        return TrailingSlash.require(ctx.request()).orElseGet(() -> {
            SitePage page = SitePage.findBySlug(slug).orElseThrow(NotFoundException::new);
            // A handful of pages, each read from every footer: shared, like the fronts.
            return pages.html(ctx, Templates.show(page), Freshness.ARTICLE, Reach.SHARED);
        });
    }
}
