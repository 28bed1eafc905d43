package io.masthead.admin.article;

import io.masthead.article.ArticleBody;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.web.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What the editor page's script calls while someone writes: the autosave (a copy per person and
 * piece, never the article) and the live preview, rendered by the same Markdown and sanitizer as
 * a save. Both are enhancements: without a script, the form and the Preview page do the same.
 */
@Path("/admin/articles")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminAutosave {

    private final Autosaves autosaves;
    private final CurrentUser currentUser;

    AdminAutosave(Autosaves autosaves, CurrentUser currentUser) {
        this.autosaves = autosaves;
        this.currentUser = currentUser;
    }

    /** 200 with "kept", or "behind" when someone saved the piece since the typing started. */
    @POST
    @Path("{id}/autosave")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.TEXT_PLAIN)
    public String autosave(@RestPath long id, ArticleForm form) {
        return outcome(autosaves.keep(currentUser.user(), id, form));
    }

    @POST
    @Path("new/autosave")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.TEXT_PLAIN)
    public String autosaveNew(ArticleForm form) {
        return outcome(autosaves.keep(currentUser.user(), null, form));
    }

    @POST
    @Path("{id}/autosave/discard")
    public RestResponse<Void> discard(@RestPath long id) {
        autosaves.discard(currentUser.user(), id);
        return RestResponse.seeOther(URI.create("/admin/articles/" + id));
    }

    @POST
    @Path("new/autosave/discard")
    public RestResponse<Void> discardNew() {
        autosaves.discard(currentUser.user(), null);
        return RestResponse.seeOther(URI.create("/admin/articles/new"));
    }

    /** The body as readers would see it: the same Markdown and sanitizer as a save, as an HTML fragment. */
    @POST
    @Path("preview-markdown")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> previewMarkdown(@RestForm String body) {
        if (body != null && body.length() > ArticleForm.MAX_BODY) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST);
        }
        return RestResponse.ok(ArticleBody.toHtml(PlainText.text(body == null ? "" : body)));
    }

    private static String outcome(Autosaves.Outcome outcome) {
        return outcome == Autosaves.Outcome.KEPT ? "kept" : "behind";
    }
}
