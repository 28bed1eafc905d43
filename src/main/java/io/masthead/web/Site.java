package io.masthead.web;

import io.masthead.delivery.ContentChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;

/**
 * Site-wide values for templates: {cdi:site.name}. Settings an admin changed in the newsroom
 * (site_setting) win over configuration; they are reread every 30 s so every instance follows.
 */
@Named("site")
@ApplicationScoped
public class Site {

    private final MastheadConfig.SiteSettings settings;
    private volatile Map<String, String> overrides = Map.of();

    private final Event<ContentChanged> changes;

    Site(MastheadConfig config, Event<ContentChanged> changes) {
        this.settings = config.site();
        this.changes = changes;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    @Scheduled(every = "30s", delayed = "30s")
    void scheduledReload() {
        if (reload()) {
            // Another instance changed the settings: pages cached here still show the old ones.
            changes.fire(ContentChanged.RECOMPUTED);
        }
    }

    /** Rereads the settings table; pages never wait on the database for these values. Tells whether they changed. */
    public boolean reload() {
        Map<String, String> current = Map.copyOf(QuarkusTransaction.requiringNew().call(SiteSetting::all));
        boolean changed = !current.equals(overrides);
        overrides = current;
        return changed;
    }

    public String name() {
        return overrides.getOrDefault(SiteSetting.SITE_NAME, settings.name());
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
        return overrides.getOrDefault(SiteSetting.DISCLAIMER, settings.contributorDisclaimer());
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
