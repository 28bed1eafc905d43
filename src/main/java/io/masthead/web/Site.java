package io.masthead.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Year;
import java.time.ZoneId;

/** Site-wide values for templates: {cdi:site.name}. */
@Named("site")
@ApplicationScoped
public class Site {

    private final MastheadConfig.SiteSettings settings;

    Site(MastheadConfig config) {
        this.settings = config.site();
    }

    public String name() {
        return settings.name();
    }

    public String tagline() {
        return settings.tagline();
    }

    public String language() {
        return settings.language();
    }

    public ZoneId zone() {
        return settings.timeZone();
    }

    public String disclaimer() {
        return settings.contributorDisclaimer();
    }

    public String baseUrl() {
        String base = settings.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String absolute(String path) {
        return baseUrl() + path;
    }

    public int year() {
        return Year.now(zone()).getValue();
    }
}
