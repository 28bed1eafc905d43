package io.masthead.admin;

import io.masthead.tag.Tag;
import io.masthead.user.Role;
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

@Path("/admin/tags")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminTags {

    private final Catalog catalog;

    AdminTags(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance list() {
        List<CatalogPages.Row> rows = Tag.<Tag>list("order by name").stream()
                .map(t -> new CatalogPages.Row("/admin/tags/" + t.id, List.of(t.name, t.slug))).toList();
        return CatalogPages.list("Tags", "/admin/tags/new", List.of("Name", "Slug"), rows);
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return CatalogPages.form(form(null, new Catalog.TagInput("", ""), Errors.none()));
    }

    @GET
    @Path("{id}")
    public RestResponse<TemplateInstance> edit(@RestPath long id) {
        Tag tag = Tag.findById(id);
        if (tag == null) {
            throw new NotFoundException();
        }
        return CatalogPages.form(form(id, new Catalog.TagInput(tag.name, tag.slug), Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String name, @RestForm String slug) {
        return save(null, new Catalog.TagInput(name, slug));
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String name, @RestForm String slug) {
        return save(id, new Catalog.TagInput(name, slug));
    }

    private RestResponse<?> save(Long id, Catalog.TagInput input) {
        Errors errors = catalog.saveTag(id, input);
        return errors.any() ? CatalogPages.form(form(id, input, errors)) : Flash.redirect("/admin/tags", "Tag saved.");
    }

    private static CatalogForm form(Long id, Catalog.TagInput in, Errors errors) {
        return new CatalogForm(id == null ? "New tag" : "Edit tag", id == null ? "/admin/tags" : "/admin/tags/" + id, errors)
                .text("name", "Name", in.name(), null)
                .text("slug", "Slug", in.slug(), "empty: made from the name");
    }
}
