package io.masthead.page;

import io.masthead.admin.Errors;
import io.masthead.admin.Flash;
import io.masthead.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The newsroom's list and form for static pages; editors and admins only. */
@Path("/admin/pages")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminSitePages {

    /** The form as shown: what was typed (or stored), the version it was read at, and any problems. */
    public record Form(Long id, SitePageService.Input input, int version, Errors errors, String url) {

        public String action() {
            return id == null ? "/admin/pages" : "/admin/pages/" + id;
        }

        public boolean isNew() {
            return id == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SitePage> pages);

        static native TemplateInstance edit(Form form);
    }

    private final SitePageService service;

    AdminSitePages(SitePageService service) {
        this.service = service;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(SitePage.ordered());
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.edit(new Form(null, new SitePageService.Input("", "", "", "", ""), 0, Errors.none(), null));
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        SitePage page = found(id);
        SitePageService.Input input = new SitePageService.Input(page.title, page.slug,
                page.description == null ? "" : page.description, String.valueOf(page.position), page.bodyMarkdown);
        return Templates.edit(new Form(id, input, page.version, Errors.none(), page.url()));
    }

    @POST
    public RestResponse<?> create(@RestForm String title, @RestForm String slug, @RestForm String description,
            @RestForm String position, @RestForm String body) {
        return save(null, new SitePageService.Input(title, slug, description, position, body), null);
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String title, @RestForm String slug,
            @RestForm String description, @RestForm String position, @RestForm String body,
            @RestForm String version) {
        return save(id, new SitePageService.Input(title, slug, description, position, body), version);
    }

    @POST
    @Path("{id}/delete")
    public RestResponse<?> delete(@RestPath long id) {
        if (!service.delete(id)) {
            throw new NotFoundException();
        }
        return Flash.redirect("/admin/pages", "Page deleted.");
    }

    private RestResponse<?> save(Long id, SitePageService.Input input, String version) {
        SitePageService.Outcome outcome = service.save(id, input, version);
        if (outcome == null) {
            throw new NotFoundException();
        }
        if (outcome.saved()) {
            return Flash.redirect("/admin/pages", "Page saved: " + outcome.page().title + ".");
        }
        // A stale form keeps the version it was read at: saving it again cannot overwrite the newer text.
        SitePage current = id == null ? null : SitePage.findById(id);
        Form form = new Form(id, input, parse(version), outcome.errors(), current == null ? null : current.url());
        return RestResponse.status(outcome.stale() ? RestResponse.Status.CONFLICT : RestResponse.Status.BAD_REQUEST,
                Templates.edit(form));
    }

    private static int parse(String version) {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : 0;
    }

    private static SitePage found(long id) {
        SitePage page = SitePage.findById(id);
        if (page == null) {
            throw new NotFoundException();
        }
        return page;
    }
}
