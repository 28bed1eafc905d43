package io.masthead.admin.settings;

import io.masthead.admin.AuditLog;
import io.masthead.delivery.ContentChanged;
import jakarta.enterprise.event.Event;
import io.masthead.user.User;
import io.masthead.web.Site;
import io.masthead.settings.SettingOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Saves the settings an admin may change: the site name and the contributor disclaimer. */
@ApplicationScoped
public class SiteSettingsService {

    private final Site site;
    private final Event<ContentChanged> changes;

    SiteSettingsService(Site site, Event<ContentChanged> changes) {
        this.site = site;
        this.changes = changes;
    }

    @Transactional
    public void save(User actor, @Valid SettingsInput in) {
        SettingOverride.put(SettingOverride.SITE_NAME, in.siteName());
        SettingOverride.put(SettingOverride.DISCLAIMER, in.disclaimer());
        AuditLog.record(actor.username, "SETTINGS", null, null);
    }

    /** After the settings transaction commits, so this instance shows them at once. */
    public void changed() {
        site.reload();
        changes.fire(ContentChanged.COMMITTED);
    }
}
