package io.masthead.admin.article;

import io.masthead.admin.Flash;
import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** An article's saved revisions: what changed, word by word, and putting one back. Editors only. */
@Path("/admin/articles/{id}/revisions/{revision}")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminRevisions {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(RevisionPage page);

        static native TemplateInstance confirmRestore(Article article, ArticleRevision revision);
    }

    private final ArticleAccess access;
    private final ArticleActions actions;
    private final CurrentUser currentUser;

    AdminRevisions(ArticleAccess access, ArticleActions actions, CurrentUser currentUser) {
        this.access = access;
        this.actions = actions;
        this.currentUser = currentUser;
    }

    /** The revision against the one saved before it, or with {@code ?against=current} against the piece as it is now. */
    @GET
    public TemplateInstance show(@RestPath long id, @RestPath long revision, @RestQuery String against) {
        ArticleRevision found = actions.revision(currentUser.user(), id, revision);
        Article article = access.visible(currentUser.user(), id);
        if ("current".equals(against)) {
            return Templates.show(RevisionPage.of(article, found, found, ArticleRevision.of(article, null), true));
        }
        ArticleRevision previous = ArticleRevision.<ArticleRevision>find(
                "article.id = ?1 and id < ?2 order by id desc", id, revision).firstResult();
        return Templates.show(RevisionPage.of(article, found, previous, found, false));
    }

    /** On a live piece, restoring changes what readers see at once: it asks first. */
    @POST
    @Path("restore")
    public RestResponse<?> restore(@RestPath long id, @RestPath long revision, @RestForm String confirm) {
        ArticleRevision found = actions.revision(currentUser.user(), id, revision);
        Article article = access.visible(currentUser.user(), id);
        if (article.status == ArticleStatus.PUBLISHED && !"yes".equals(confirm)) {
            return RestResponse.ok(Templates.confirmRestore(article, found));
        }
        actions.restore(currentUser.user(), id, revision);
        return Flash.redirect("/admin/articles/" + id, article.status == ArticleStatus.PUBLISHED
                ? "Revision restored; readers see it now." : "Revision restored.");
    }
}
