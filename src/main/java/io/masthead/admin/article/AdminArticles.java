package io.masthead.admin.article;

import io.masthead.admin.Errors;
import io.masthead.admin.Flash;
import io.masthead.admin.Invalid;
import io.masthead.admin.QueryParams;
import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticlePages;
import io.masthead.article.ArticleStatus;
import io.masthead.media.Image;
import io.masthead.media.ImageUploads;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.masthead.web.Cursor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The article list, the article form and its preview. Thin: the rules live in
 * {@link ArticleDrafts} (writing) and {@link ArticleActions} (the lifecycle, see
 * {@link AdminArticleActions}).
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
    private final EditPages pages;
    private final Autosaves autosaves;
    private final CurrentUser currentUser;
    private final ArticlePages articlePages;

    AdminArticles(ArticleList list, ArticleAccess access, ArticleDrafts drafts, EditPages pages, Autosaves autosaves,
            CurrentUser currentUser, ArticlePages articlePages) {
        this.list = list;
        this.access = access;
        this.drafts = drafts;
        this.pages = pages;
        this.autosaves = autosaves;
        this.currentUser = currentUser;
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

    /** A blank form; with {@code ?autosave=restore}, the words this user was typing into one. */
    @GET
    @Path("new")
    public TemplateInstance create(@RestQuery String autosave) {
        User user = currentUser.user();
        ArticleForm blank = ArticleForm.blank(user);
        if ("restore".equals(autosave)) {
            return autosaves.offer(user, null).map(copy -> pages.page(null, copy.asForm(blank), Errors.none(), null, null))
                    .orElseGet(() -> pages.fresh(null, blank));
        }
        return pages.fresh(null, blank);
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
        try {
            Image image = pages.leadImage(form, leadImage);
            Article article = drafts.create(user, form, image);
            autosaves.discard(user, null);
            return Flash.redirect("/admin/articles/" + article.id, "Saved a new draft.");
        } catch (ImageUploads.Refused e) {
            return pages.invalid(null, form, new Errors().add("leadImage", e.getMessage()));
        } catch (Invalid e) {
            return pages.invalid(null, form, e.errors);
        }
    }

    /** The form; with {@code ?autosave=restore}, filled with this user's autosaved words (their version kept, so a newer save is never overwritten unseen). */
    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery String autosave) {
        Article article = access.visible(currentUser.user(), id);
        if ("restore".equals(autosave)) {
            Optional<ArticleAutosave> copy = autosaves.offer(currentUser.user(), article);
            if (copy.isPresent()) {
                ArticleForm form = copy.get().asForm(ArticleForm.of(article));
                form.version = copy.get().baseVersion == null ? form.version : String.valueOf(copy.get().baseVersion);
                return pages.page(article, form, Errors.none(), null, null);
            }
        }
        return pages.fresh(article, ArticleForm.of(article));
    }

    @POST
    @Path("{id}")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public RestResponse<?> save(@RestPath long id, ArticleForm form, @RestForm FileUpload leadImage) {
        RestResponse<?> refused = pages.saveOrRefuse(id, form, leadImage);
        return refused != null ? refused : Flash.redirect("/admin/articles/" + id, "Saved.");
    }

    /** The reader page as it would look, under a banner; never cached, never indexed. */
    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> preview(@RestPath long id) {
        Article article = access.visible(currentUser.user(), id);
        String page = PreviewBanner.around(articlePages.render(article).render(), Templates.previewBanner(article).render());
        return RestResponse.ResponseBuilder.ok(page).header("X-Robots-Tag", "noindex, nofollow")
                .header("Cache-Control", "no-store").build();
    }
}
