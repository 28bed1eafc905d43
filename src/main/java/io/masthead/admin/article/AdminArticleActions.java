package io.masthead.admin.article;

import io.masthead.admin.Flash;
import io.masthead.admin.Invalid;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.function.BooleanSupplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Every action on an article, one POST each. Submit, publish and schedule are buttons of the
 * article form itself: when they bring the form's fields, what is on screen is saved first, and
 * if it cannot be saved nothing moves and the text is shown back.
 */
@Path("/admin/articles/{id}")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminArticleActions {

    private final ArticleActions actions;
    private final EditPages pages;
    private final CurrentUser currentUser;

    AdminArticleActions(ArticleActions actions, EditPages pages, CurrentUser currentUser) {
        this.actions = actions;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @POST
    @Path("submit")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> submit(@RestPath long id, ArticleForm form, @RestForm FileUpload leadImage) {
        return saveThen(id, form, leadImage, () -> {
            actions.submit(currentUser.user(), id);
            return true;
        }, "Submitted for review.", null);
    }

    @POST
    @Path("withdraw")
    public RestResponse<?> withdraw(@RestPath long id) {
        actions.withdraw(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Withdrawn: the piece is a draft again.");
    }

    @POST
    @Path("request-changes")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> requestChanges(@RestPath long id, @RestForm String note) {
        return saveThen(id, null, null, () -> {
            actions.requestChanges(currentUser.user(), id, note);
            return true;
        }, "Changes requested.", null);
    }

    /** Publishes now; a second, concurrent publish finds it published and says so. */
    @POST
    @Path("publish")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> publish(@RestPath long id, ArticleForm form, @RestForm FileUpload leadImage) {
        return saveThen(id, form, leadImage, () -> actions.publish(currentUser.user(), id), "Published.",
                "It was already published.");
    }

    @POST
    @Path("schedule")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> schedule(@RestPath long id, ArticleForm form, @RestForm FileUpload leadImage,
            @RestForm String publishAt) {
        return saveThen(id, form, leadImage, () -> {
            actions.schedule(currentUser.user(), id, publishAt);
            return true;
        }, "Scheduled.", null);
    }

    @POST
    @Path("unpublish")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> unpublish(@RestPath long id) {
        actions.unpublish(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Unpublished: readers no longer see it.");
    }

    @POST
    @Path("mark-updated")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> markUpdated(@RestPath long id) {
        actions.markUpdated(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Marked as updated.");
    }

    @POST
    @Path("corrections")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> correct(@RestPath long id, @RestForm String correction) {
        return saveThen(id, null, null, () -> {
            actions.correct(currentUser.user(), id, correction);
            return true;
        }, "Correction appended.", null);
    }

    @POST
    @Path("feature")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> feature(@RestPath long id, @RestForm boolean featured) {
        actions.feature(currentUser.user(), id, featured);
        return Flash.redirect("/admin/articles/" + id, featured ? "Featured on the home page." : "No longer featured.");
    }

    /** An action's address reloaded after a refused attempt: back to the form, not a 405. */
    @GET
    @Path("{action: submit|withdraw|request-changes|publish|schedule|unpublish|mark-updated|corrections|feature}")
    public RestResponse<Void> backToTheForm(@RestPath long id) {
        return RestResponse.seeOther(URI.create("/admin/articles/" + id));
    }

    /**
     * Saves the form first when it came along (a button of the article form), then acts. If the
     * save is refused, nothing else happens and the form comes back with the text kept; if the
     * action is refused (a lead image missing, say), the saved piece comes back with the problems.
     */
    private RestResponse<?> saveThen(long id, ArticleForm form, FileUpload leadImage, BooleanSupplier action,
            String done, String alreadyDone) {
        if (form != null && form.sentFields()) {
            RestResponse<?> refused = pages.saveIfChanged(id, form, leadImage);
            if (refused != null) {
                return refused;
            }
        }
        try {
            boolean acted = action.getAsBoolean();
            return Flash.redirect("/admin/articles/" + id, acted || alreadyDone == null ? done : alreadyDone);
        } catch (Invalid e) {
            return pages.invalid(id, null, e.errors);
        }
    }
}
