package io.masthead.admin.section;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.admin.NewsroomPages;

import io.masthead.section.Section;
import io.masthead.user.Role;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import io.masthead.admin.article.SectionTree;
import java.util.ArrayList;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/admin/sections")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminSections {

    private final SectionService sections;

    AdminSections(SectionService sections) {
        this.sections = sections;
    }

    /** The section tree in navigation order; a search keeps the sections whose name or address holds the words. */
    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        NewsroomPages.Listing listing = NewsroomPages.Listing.of("/admin/sections", q, page);
        String words = listing.query().toLowerCase(Locale.ROOT);
        List<Section> found = SectionTree.ordered(Section.allWithParents()).stream()
                .filter(s -> words.isEmpty() || s.name.toLowerCase(Locale.ROOT).contains(words) || s.path.contains(words))
                .skip(listing.firstRow()).limit(NewsroomPages.PAGE + 1L).toList();
        List<NewsroomPages.Row> rows = NewsroomPages.shown(found).stream()
                .map(s -> new NewsroomPages.Row("/admin/sections/" + s.id, List.of(SectionTree.indented(s), "/" + s.path + "/",
                        String.valueOf(s.position)))).toList();
        return NewsroomPages.list("Sections", "/admin/sections/new", List.of("Name", "Address", "Position"), rows,
                listing.after(found));
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return NewsroomPages.form(form(null, new SectionInput("", "", "", "", "0"), Errors.none()));
    }

    @GET
    @Path("{id}")
    public RestResponse<TemplateInstance> edit(@RestPath long id) {
        Section s = Section.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        return NewsroomPages.form(form(id, new SectionInput(s.name, s.slug, null, s.description,
                String.valueOf(s.position)), Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String name, @RestForm String slug, @RestForm String parent,
            @RestForm String description, @RestForm String position) {
        return save(null, new SectionInput(name, slug, parent, description, position));
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String name, @RestForm String description,
            @RestForm String position) {
        return save(id, new SectionInput(name, null, null, description, position));
    }

    private RestResponse<?> save(Long id, SectionInput input) {
        return NewsroomPages.submit(() -> sections.save(id, input.cleaned()), "/admin/sections", "Section saved.",
                errors -> form(id, input, errors));
    }

    private static NewsroomForm form(Long id, SectionInput in, Errors errors) {
        NewsroomForm form = new NewsroomForm(id == null ? "New section" : "Edit section",
                id == null ? "/admin/sections" : "/admin/sections/" + id, errors)
                .text("name", "Name", in.name(), null);
        if (id == null) {
            List<NewsroomForm.Option> parents = new ArrayList<>();
            parents.add(new NewsroomForm.Option("", "None (top level)", in.parent() == null || in.parent().isBlank()));
            for (Section s : Section.topLevel()) {
                parents.add(new NewsroomForm.Option(String.valueOf(s.id), s.name, String.valueOf(s.id).equals(in.parent())));
            }
            form.text("slug", "Slug", in.slug(), "part of the address; cannot change later; empty: made from the name")
                    .select("parent", "Parent section", parents, null);
        }
        return form.textarea("description", "Description", in.description(), null)
                .text("position", "Position", in.position(), "lower comes first in the navigation");
    }
}
