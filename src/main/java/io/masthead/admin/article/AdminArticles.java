package io.masthead.admin.article;

import io.masthead.admin.Errors;
import io.masthead.admin.Flash;
import io.masthead.admin.Invalid;

import io.masthead.article.Article;
import io.masthead.article.ArticlePages;
import io.masthead.article.Correction;
import io.masthead.media.Image;
import io.masthead.media.ImageUploads;
import io.masthead.section.Section;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.masthead.admin.QueryParams;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.web.Cursor;
import jakarta.ws.rs.BadRequestException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The article form and every action on an article. Thin: the rules live in {@link ArticleDrafts}
 * (writing) and {@link ArticleActions} (the lifecycle).
 */
@Path("/admin/articles")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminArticles {

    static final int PAGE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ArticleEditPage page);

        static native TemplateInstance list(ArticleListPage page);

        static native TemplateInstance previewBanner(Article article);
    }

    private final ArticleList list;
    private final ArticleAccess access;
    private final ArticleDrafts drafts;
    private final ArticleActions actions;
    private final CurrentUser currentUser;
    private final ImageUploads uploads;
    private final ArticlePages articlePages;

    AdminArticles(ArticleList list, ArticleAccess access, ArticleDrafts drafts, ArticleActions actions, CurrentUser currentUser,
            ImageUploads uploads, ArticlePages articlePages) {
        this.list = list;
        this.access = access;
        this.drafts = drafts;
        this.actions = actions;
        this.currentUser = currentUser;
        this.uploads = uploads;
        this.articlePages = articlePages;
    }

    /** Every piece this user may see, newest change first; a pasted id or public address opens that piece. */
    @GET
    public RestResponse<TemplateInstance> list(@RestQuery String q, @RestQuery String status, @RestQuery String section,
            @RestQuery String author, @RestQuery String kind, @RestQuery String after) {
        User user = currentUser.user();
        if (q != null && q.length() > 300) {
            throw new BadRequestException("That search is too long.");
        }
        Optional<Long> named = list.named(user, q);
        if (named.isPresent()) {
            return RestResponse.seeOther(URI.create("/admin/articles/" + named.get()));
        }
        StaffArticleQuery query = new StaffArticleQuery(user, q, QueryParams.enumOrNull(ArticleStatus.class, status),
                QueryParams.idOrNull(section), QueryParams.idOrNull(author), QueryParams.enumOrNull(ArticleKind.class, kind),
                Cursor.parse(after), PAGE);
        return RestResponse.ok(Templates.list(list.page(query)));
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return editor(null, ArticleForm.blank(currentUser.user()), Errors.none(), null);
    }

    @POST
    @Path("new")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> createNew(ArticleForm form, @RestForm FileUpload leadImage) {
        return create(form, leadImage);
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> create(ArticleForm form, @RestForm FileUpload leadImage) {
        User user = currentUser.user();
        Image image;
        try {
            image = upload(leadImage);
            Article article = drafts.create(user, form, image);
            return Flash.redirect("/admin/articles/" + article.id, "Saved a new draft.");
        } catch (ImageUploads.Refused e) {
            return invalid(null, form, new Errors().add("leadImage", e.getMessage()));
        } catch (Invalid e) {
            return invalid(null, form, e.errors);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        Article article = access.visible(currentUser.user(), id);
        return editor(article, ArticleForm.of(article), Errors.none(), null);
    }

    @POST
    @Path("{id}")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> save(@RestPath long id, ArticleForm form, @RestForm FileUpload leadImage) {
        User user = currentUser.user();
        access.editable(user, id);
        try {
            Image image = upload(leadImage);
            drafts.save(user, id, form, image);
            return Flash.redirect("/admin/articles/" + id, "Saved.");
        } catch (ImageUploads.Refused e) {
            return invalid(id, form, new Errors().add("leadImage", e.getMessage()));
        } catch (Invalid e) {
            return invalid(id, form, e.errors);
        } catch (StaleVersion e) {
            return conflict(id, form);
        }
    }

    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> preview(@RestPath long id) {
        Article article = access.visible(currentUser.user(), id);
        String page = PreviewBanner.around(articlePages.render(article).render(), Templates.previewBanner(article).render());
        return RestResponse.ResponseBuilder.ok(page).header("X-Robots-Tag", "noindex, nofollow")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/submit")
    public RestResponse<?> submit(@RestPath long id) {
        actions.submit(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Submitted for review.");
    }

    @POST
    @Path("{id}/withdraw")
    public RestResponse<?> withdraw(@RestPath long id) {
        actions.withdraw(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Withdrawn: the piece is a draft again.");
    }

    @POST
    @Path("{id}/request-changes")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> requestChanges(@RestPath long id, @RestForm String note) {
        return act(id, () -> actions.requestChanges(currentUser.user(), id, note), "Changes requested.");
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> publish(@RestPath long id) {
        boolean[] done = new boolean[1];
        RestResponse<?> answer = act(id, () -> done[0] = actions.publish(currentUser.user(), id), "Published.");
        return answer.getStatus() == 303 && !done[0] ? Flash.redirect("/admin/articles/" + id, "It was already published.")
                : answer;
    }

    @POST
    @Path("{id}/schedule")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> schedule(@RestPath long id, @RestForm String publishAt) {
        return act(id, () -> actions.schedule(currentUser.user(), id, publishAt), "Scheduled.");
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> unpublish(@RestPath long id) {
        actions.unpublish(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Unpublished: readers no longer see it.");
    }

    @POST
    @Path("{id}/mark-updated")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> markUpdated(@RestPath long id) {
        actions.markUpdated(currentUser.user(), id);
        return Flash.redirect("/admin/articles/" + id, "Marked as updated.");
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> correct(@RestPath long id, @RestForm String correction) {
        return act(id, () -> actions.correct(currentUser.user(), id, correction), "Correction appended.");
    }

    @POST
    @Path("{id}/feature")
    @RolesAllowed(Role.EDITOR_ROLE)
    public RestResponse<?> feature(@RestPath long id, @RestForm boolean featured) {
        actions.feature(currentUser.user(), id, featured);
        return Flash.redirect("/admin/articles/" + id, featured ? "Featured on the home page." : "No longer featured.");
    }

    private RestResponse<?> act(long id, Runnable action, String message) {
        try {
            action.run();
            return Flash.redirect("/admin/articles/" + id, message);
        } catch (Invalid e) {
            return invalid(id, null, e.errors);
        }
    }

    private Image upload(FileUpload file) throws ImageUploads.Refused {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        return uploads.accept(file.uploadedFile());
    }

    RestResponse<?> invalid(Long id, ArticleForm typed, Errors errors) {
        Article article = id == null ? null : access.visible(currentUser.user(), id);
        ArticleForm form = typed != null ? typed : ArticleForm.of(article);
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, editor(article, form, errors, null));
    }

    /** The user's text exactly as typed, beside the version saved meanwhile; saving again overwrites it deliberately. */
    RestResponse<?> conflict(long id, ArticleForm typed) {
        Article article = access.visible(currentUser.user(), id);
        ArticleForm current = ArticleForm.of(article);
        typed.version = current.version;
        return RestResponse.status(RestResponse.Status.CONFLICT, editor(article, typed, Errors.none(), current));
    }

    private TemplateInstance editor(Article article, ArticleForm form, Errors errors, ArticleForm current) {
        User user = currentUser.user();
        boolean editable = article == null || access.mayEdit(user, article);
        List<ArticleRevision> revisions = article != null && user.isEditor() ? ArticleRevision.ofArticle(article) : List.of();
        List<Correction> corrections = article != null ? Correction.ofArticle(article) : List.of();
        List<ReviewNote> notes = article != null ? ReviewNote.ofArticle(article) : List.of();
        return Templates.edit(new ArticleEditPage(article, form, errors, user, editable, current,
                Section.allWithParents(), revisions, corrections, notes));
    }
}
