package io.masthead.admin.account;

import io.masthead.admin.AuditLog;
import io.masthead.admin.Errors;
import io.masthead.admin.Flash;
import io.masthead.user.CurrentUser;
import io.masthead.user.PasswordChangeRequired;
import io.masthead.user.Passwords;
import io.masthead.user.Role;
import io.masthead.user.SessionRenewal;
import io.masthead.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** Choosing a new password: required at the first sign-in with a one-time password, open to everyone after. */
@Path("/admin/password")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminPassword {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(boolean required, Errors errors);
    }

    private final CurrentUser currentUser;
    private final SessionRenewal renewal;

    AdminPassword(CurrentUser currentUser, SessionRenewal renewal) {
        this.currentUser = currentUser;
        this.renewal = renewal;
    }

    @GET
    public TemplateInstance edit() {
        return Templates.edit(PasswordChangeRequired.of(currentUser.user().id), Errors.none());
    }

    /** A new password ends every session of the user's (see {@link User#sessionEpoch}) but this one, renewed. */
    @POST
    public RestResponse<?> change(@RestForm String current, @RestForm String password, @RestForm String repeat,
            RoutingContext ctx) {
        Long id = currentUser.user().id;
        Errors errors = QuarkusTransaction.requiringNew().call(() -> apply(id, current, password, repeat));
        if (errors.any()) {
            boolean required = QuarkusTransaction.requiringNew().call(() -> PasswordChangeRequired.of(id));
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.edit(required, errors));
        }
        User user = QuarkusTransaction.requiringNew().call(() -> User.findById(id));
        return Flash.redirect("/admin", "Your new password is set. Other browsers signed in as you are signed out.",
                renewal.renew(ctx, user));
    }

    private static Errors apply(Long id, String current, String password, String repeat) {
        User user = User.findById(id);
        Errors errors = new Errors();
        if (current == null || !user.passwordMatches(current)) {
            errors.add("current", "That is not your current password.");
        }
        String problem = Passwords.problem(password);
        if (problem != null) {
            errors.add("password", problem);
        } else if (password.equals(current)) {
            errors.add("password", "Choose a password different from the one you have.");
        } else if (!password.equals(repeat)) {
            errors.add("repeat", "The two new passwords differ.");
        }
        if (!errors.any()) {
            user.setPassword(password);
            PasswordChangeRequired.done(user.id);
            AuditLog.record(user.username, "PASSWORD_CHANGE", "user " + user.username, null);
        }
        return errors;
    }
}
