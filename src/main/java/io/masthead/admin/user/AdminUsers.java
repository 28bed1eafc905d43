package io.masthead.admin.user;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.admin.NewsroomPages;
import io.masthead.admin.Flash;

import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Accounts and roles; admins only. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminUsers {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<User> users, List<Role> roles, User me, NewsroomPages.Listing listing);
    }

    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    AdminUsers(UserAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        NewsroomPages.Listing listing = NewsroomPages.Listing.of("/admin/users", q, page);
        String select = "select u from User u left join fetch u.author";
        List<User> found = (listing.searched()
                ? User.<User>find(select + " where lower(u.username) like ?1 or lower(u.displayName) like ?1 order by u.username",
                        listing.like())
                : User.<User>find(select + " order by u.username"))
                .range(listing.firstRow(), listing.firstRow() + NewsroomPages.PAGE).list();
        return Templates.list(NewsroomPages.shown(found), List.of(Role.values()), currentUser.user(), listing.after(found));
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return NewsroomPages.form(form(new NewUserInput("", "", "", Role.CONTRIBUTOR.name(), ""), Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String username, @RestForm String displayName, @RestForm String password,
            @RestForm String role, @RestForm String author) {
        NewUserInput input = new NewUserInput(username, displayName, password, role, author);
        return NewsroomPages.submit(() -> accounts.create(currentUser.user(), input.cleaned()), "/admin/users",
                "User created.", errors -> form(input, errors));
    }

    @POST
    @Path("{id}/role")
    public RestResponse<?> role(@RestPath long id, @RestForm String role) {
        accounts.changeRole(currentUser.user(), id, role);
        return Flash.redirect("/admin/users", "Role changed; it applies on their next request.");
    }

    @POST
    @Path("{id}/enabled")
    public RestResponse<?> enabled(@RestPath long id, @RestForm boolean enabled) {
        accounts.setEnabled(currentUser.user(), id, enabled);
        return Flash.redirect("/admin/users", enabled ? "Account enabled." : "Account disabled; they are signed out.");
    }

    private static NewsroomForm form(NewUserInput in, Errors errors) {
        List<NewsroomForm.Option> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            roles.add(new NewsroomForm.Option(r.name(), r.label(), r.name().equals(in.role())));
        }
        return new NewsroomForm("New user", "/admin/users", errors)
                .text("username", "Username", in.username(), "lowercase letters, digits, dots, hyphens")
                .text("displayName", "Display name", in.displayName(), null)
                .password("password", "Password", "8 to 64 characters")
                .select("role", "Role", roles, null)
                .text("author", "Writes as author", in.author(), "author slug, optional");
    }
}
