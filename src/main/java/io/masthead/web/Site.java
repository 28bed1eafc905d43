package io.masthead.web;

import io.masthead.config.MastheadConfig;
import io.masthead.delivery.ContentChanged;
import io.masthead.settings.SettingOverride;
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
 * The site as readers see it, for templates: {cdi:site.name}. Its values are configured
 * ({@link MastheadConfig.SiteConfig}); the few an admin may change in the newsroom
 * ({@link SettingOverride}) win over configuration and are reread every 30 s so every instance follows.
 */
@Named("site")
@ApplicationScoped
public class Site {

    private final MastheadConfig.SiteConfig configured;
    private volatile Map<String, String> overrides = Map.of();

    private final Event<ContentChanged> changes;

    Site(MastheadConfig config, Event<ContentChanged> changes) {
        this.configured = config.site();
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
        Map<String, String> current = Map.copyOf(QuarkusTransaction.requiringNew().call(SettingOverride::all));
        boolean changed = !current.equals(overrides);
        overrides = current;
        return changed;
    }

    public String name() {
        return overrides.getOrDefault(SettingOverride.SITE_NAME, configured.name());
    }

    public String tagline() {
        return configured.tagline();
    }

    public String language() {
        return configured.language();
    }

    public ZoneId zone() {
        return configured.timeZone();
    }

    public String disclaimer() {
        return overrides.getOrDefault(SettingOverride.DISCLAIMER, configured.contributorDisclaimer());
    }

    public String baseUrl() {
        String base = configured.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String absolute(String path) {
        return baseUrl() + path;
    }

    public int year() {
        return Year.now(zone()).getValue();
    }
}
