package io.masthead.admin.author;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.admin.NewsroomPages;

import io.masthead.author.Author;
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

/** Bylines, staff or guest: an author needs no login. */
@Path("/admin/authors")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminAuthors {

    private final AuthorService authors;

    AdminAuthors(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        NewsroomPages.Listing listing = NewsroomPages.Listing.of("/admin/authors", q, page);
        List<Author> found = (listing.searched()
                ? Author.<Author>find("lower(name) like ?1 or lower(slug) like ?1 order by name", listing.like())
                : Author.<Author>find("order by name")).range(listing.firstRow(), listing.firstRow() + NewsroomPages.PAGE).list();
        List<NewsroomPages.Row> rows = NewsroomPages.shown(found).stream()
                .map(a -> new NewsroomPages.Row("/admin/authors/" + a.id, List.of(a.name, a.slug,
                        a.contributor ? "Outside contributor" : "Staff"))).toList();
        return NewsroomPages.list("Authors", "/admin/authors/new", List.of("Name", "Slug", "Kind"), rows, listing.after(found));
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return NewsroomPages.form(form(null, new AuthorInput("", "", "", "", false), Errors.none()));
    }

    @GET
    @Path("{id}")
    public RestResponse<TemplateInstance> edit(@RestPath long id) {
        Author a = Author.findById(id);
        if (a == null) {
            throw new NotFoundException();
        }
        return NewsroomPages.form(form(id, new AuthorInput(a.name, a.slug, a.title, a.bio, a.contributor),
                Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String name, @RestForm String slug, @RestForm String title,
            @RestForm String bio, @RestForm boolean contributor) {
        return save(null, new AuthorInput(name, slug, title, bio, contributor));
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String name, @RestForm String title,
            @RestForm String bio, @RestForm boolean contributor) {
        return save(id, new AuthorInput(name, null, title, bio, contributor));
    }

    private RestResponse<?> save(Long id, AuthorInput input) {
        return NewsroomPages.submit(() -> authors.save(id, input.cleaned()), "/admin/authors", "Author saved.",
                errors -> form(id, input, errors));
    }

    private static NewsroomForm form(Long id, AuthorInput in, Errors errors) {
        NewsroomForm form = new NewsroomForm(id == null ? "New author" : "Edit author",
                id == null ? "/admin/authors" : "/admin/authors/" + id, errors)
                .text("name", "Name", in.name(), null);
        if (id == null) {
            form.text("slug", "Slug", in.slug(), "the author page's address; empty: made from the name");
        }
        return form.text("title", "Title", in.title(), "e.g. Senior political correspondent")
                .textarea("bio", "Bio", in.bio(), "the default author note")
                .checkbox("contributor", "Outside contributor (opinion pieces carry the disclaimer)", in.contributor(), null);
    }
}
