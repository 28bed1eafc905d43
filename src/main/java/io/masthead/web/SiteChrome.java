package io.masthead.web;

import io.masthead.delivery.DataCache;
import io.masthead.delivery.Reach;
import io.masthead.page.SitePage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

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

    private final DataCache dataCache;

    SiteChrome(DataCache dataCache) {
        this.dataCache = dataCache;
    }

    public RawString header() {
        return dataCache.html("chrome:header", Templates::header);
    }

    public RawString footer() {
        List<SitePage.Link> pages = dataCache.get("site-page-links", Reach.SHARED, SitePage::links);
        return dataCache.html("chrome:footer", () -> Templates.footer(pages));
    }
}
