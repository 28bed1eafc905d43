package io.masthead.web;

import io.masthead.cache.PageCache;
import io.masthead.page.SitePage;
import java.util.List;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The site header and footer every public page shares, rendered once per content version and
 * inserted as finished HTML (escaped when it was rendered), so a page render costs only what
 * is its own.
 */
@Named("chrome")
@ApplicationScoped
public class SiteChrome {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance header();

        static native TemplateInstance footer(List<SitePage.Link> pages);
    }

    private final PageCache pageCache;

    SiteChrome(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    public RawString header() {
        return pageCache.html("chrome:header", Templates::header);
    }

    public RawString footer() {
        List<SitePage.Link> pages = pageCache.fragment("site-page-links", SitePage::links);
        return pageCache.html("chrome:footer", () -> Templates.footer(pages));
    }
}
