package io.masthead.admin;

import io.masthead.section.Section;
import io.masthead.user.Role;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/admin/sections")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminSections {

    private final Catalog catalog;

    AdminSections(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance list() {
        List<CatalogPages.Row> rows = Section.allWithParents().stream()
                .map(s -> new CatalogPages.Row("/admin/sections/" + s.id, List.of(s.name, "/" + s.path + "/",
                        String.valueOf(s.position)))).toList();
        return CatalogPages.list("Sections", "/admin/sections/new", List.of("Name", "Address", "Position"), rows);
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return CatalogPages.form(form(null, new Catalog.SectionInput("", "", "", "", "0"), Errors.none()));
    }

    @GET
    @Path("{id}")
    public RestResponse<TemplateInstance> edit(@RestPath long id) {
        Section s = Section.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        return CatalogPages.form(form(id, new Catalog.SectionInput(s.name, s.slug, null, s.description,
                String.valueOf(s.position)), Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String name, @RestForm String slug, @RestForm String parent,
            @RestForm String description, @RestForm String position) {
        return save(null, new Catalog.SectionInput(name, slug, parent, description, position));
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String name, @RestForm String description,
            @RestForm String position) {
        return save(id, new Catalog.SectionInput(name, null, null, description, position));
    }

    private RestResponse<?> save(Long id, Catalog.SectionInput input) {
        Errors errors = catalog.saveSection(id, input);
        return errors.any() ? CatalogPages.form(form(id, input, errors))
                : Flash.redirect("/admin/sections", "Section saved.");
    }

    private static CatalogForm form(Long id, Catalog.SectionInput in, Errors errors) {
        CatalogForm form = new CatalogForm(id == null ? "New section" : "Edit section",
                id == null ? "/admin/sections" : "/admin/sections/" + id, errors)
                .text("name", "Name", in.name(), null);
        if (id == null) {
            List<CatalogForm.Option> parents = new ArrayList<>();
            parents.add(new CatalogForm.Option("", "None (top level)", in.parent() == null || in.parent().isBlank()));
            for (Section s : Section.topLevel()) {
                parents.add(new CatalogForm.Option(String.valueOf(s.id), s.name, String.valueOf(s.id).equals(in.parent())));
            }
            form.text("slug", "Slug", in.slug(), "part of the address; cannot change later; empty: made from the name")
                    .select("parent", "Parent section", parents, null);
        }
        return form.textarea("description", "Description", in.description(), null)
                .text("position", "Position", in.position(), "lower comes first in the navigation");
    }
}
