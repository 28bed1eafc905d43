package io.masthead.admin.tag;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.admin.NewsroomPages;
import io.masthead.tag.Tag;
import io.masthead.user.Role;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestQuery;
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

    private final TagService tags;

    AdminTags(TagService tags) {
        this.tags = tags;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        NewsroomPages.Listing listing = NewsroomPages.Listing.of("/admin/tags", q, page);
        List<Tag> found = (listing.searched()
                ? Tag.<Tag>find("lower(name) like ?1 or lower(slug) like ?1 order by name", listing.like())
                : Tag.<Tag>find("order by name")).range(listing.firstRow(), listing.firstRow() + NewsroomPages.PAGE).list();
        List<NewsroomPages.Row> rows = NewsroomPages.shown(found).stream()
                .map(t -> new NewsroomPages.Row("/admin/tags/" + t.id, List.of(t.name, t.slug))).toList();
        return NewsroomPages.list("Tags", "/admin/tags/new", List.of("Name", "Slug"), rows, listing.after(found));
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return NewsroomPages.form(form(null, new TagInput("", ""), Errors.none()));
    }

    @GET
    @Path("{id}")
    public RestResponse<TemplateInstance> edit(@RestPath long id) {
        Tag tag = Tag.findById(id);
        if (tag == null) {
            throw new NotFoundException();
        }
        return NewsroomPages.form(form(id, new TagInput(tag.name, tag.slug), Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String name, @RestForm String slug) {
        return save(null, new TagInput(name, slug));
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String name, @RestForm String slug) {
        return save(id, new TagInput(name, slug));
    }

    private RestResponse<?> save(Long id, TagInput input) {
        return NewsroomPages.submit(() -> tags.save(id, input.cleaned()), "/admin/tags", "Tag saved.",
                errors -> form(id, input, errors));
    }

    private static NewsroomForm form(Long id, TagInput in, Errors errors) {
        return new NewsroomForm(id == null ? "New tag" : "Edit tag", id == null ? "/admin/tags" : "/admin/tags/" + id, errors)
                .text("name", "Name", in.name(), null)
                .text("slug", "Slug", in.slug(), "empty: made from the name");
    }
}
