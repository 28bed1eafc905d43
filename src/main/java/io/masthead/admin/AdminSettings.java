package io.masthead.admin;

import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.web.Site;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** Site name and contributor disclaimer; admins only. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminSettings {

    private final Catalog catalog;
    private final CurrentUser currentUser;
    private final Site site;

    AdminSettings(Catalog catalog, CurrentUser currentUser, Site site) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.site = site;
    }

    @GET
    @Path("settings")
    public RestResponse<TemplateInstance> edit() {
        return CatalogPages.form(form(new Catalog.SettingsInput(site.name(), site.disclaimer()), Errors.none()));
    }

    @POST
    @Path("settings")
    public RestResponse<?> save(@RestForm String siteName, @RestForm String disclaimer) {
        Catalog.SettingsInput input = new Catalog.SettingsInput(siteName, disclaimer);
        Errors errors = catalog.saveSettings(currentUser.user(), input);
        if (errors.any()) {
            return CatalogPages.form(form(input, errors));
        }
        catalog.settingsChanged();
        return Flash.redirect("/admin/settings", "Settings saved.");
    }

    private static CatalogForm form(Catalog.SettingsInput in, Errors errors) {
        return new CatalogForm("Site settings", "/admin/settings", errors)
                .text("siteName", "Site name", in.siteName(), null)
                .textarea("disclaimer", "Contributor disclaimer", in.disclaimer(),
                        "shown above opinion pieces by outside contributors");
    }
}
