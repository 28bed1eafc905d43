package io.masthead.admin.settings;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.admin.NewsroomPages;
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
@Path("/admin/settings")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminSettings {

    private final SiteSettingsService settings;
    private final CurrentUser currentUser;
    private final Site site;

    AdminSettings(SiteSettingsService settings, CurrentUser currentUser, Site site) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.site = site;
    }

    @GET
    public RestResponse<TemplateInstance> edit() {
        return NewsroomPages.form(form(new SettingsInput(site.name(), site.disclaimer()), Errors.none()));
    }

    @POST
    public RestResponse<?> save(@RestForm String siteName, @RestForm String disclaimer) {
        SettingsInput input = new SettingsInput(siteName, disclaimer);
        RestResponse<?> answer = NewsroomPages.submit(() -> settings.save(currentUser.user(), input.cleaned()),
                "/admin/settings", "Settings saved.", errors -> form(input, errors));
        if (answer.getStatus() == 303) {
            settings.changed();
        }
        return answer;
    }

    private static NewsroomForm form(SettingsInput in, Errors errors) {
        return new NewsroomForm("Site settings", "/admin/settings", errors)
                .text("siteName", "Site name", in.siteName(), null)
                .textarea("disclaimer", "Contributor disclaimer", in.disclaimer(),
                        "shown above opinion pieces by outside contributors");
    }
}
