package io.masthead.admin.settings;

import io.masthead.admin.AuditLog;
import io.masthead.cache.ContentVersion;
import io.masthead.user.User;
import io.masthead.web.Site;
import io.masthead.web.SiteSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Saves the settings an admin may change: the site name and the contributor disclaimer. */
@ApplicationScoped
public class SiteSettingsService {

    private final Site site;
    private final ContentVersion contentVersion;

    SiteSettingsService(Site site, ContentVersion contentVersion) {
        this.site = site;
        this.contentVersion = contentVersion;
    }

    @Transactional
    public void save(User actor, @Valid SettingsInput in) {
        SiteSetting.put(SiteSetting.SITE_NAME, in.siteName());
        SiteSetting.put(SiteSetting.DISCLAIMER, in.disclaimer());
        AuditLog.record(actor.username, "SETTINGS", null, null);
    }

    /** After the settings transaction commits, so this instance shows them at once. */
    public void changed() {
        site.reload();
        contentVersion.changed();
    }
}
