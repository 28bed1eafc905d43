package io.masthead.admin.article;

import io.masthead.admin.Errors;
import io.masthead.admin.Invalid;
import io.masthead.admin.media.MediaItem;
import io.masthead.admin.media.MediaLibrary;
import io.masthead.article.Article;
import io.masthead.article.Correction;
import io.masthead.media.Image;
import io.masthead.media.ImageUploads;
import io.masthead.section.Section;
import io.masthead.user.CurrentUser;
import io.masthead.user.User;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The article form page in each of its states — fresh, with problems (400), beside a newer save
 * (409), with an autosaved copy offered — the lead image an attempt brought along, and saving the
 * form with the page to answer when it cannot be saved.
 */
@RequestScoped
public class EditPages {

    private final ArticleAccess access;
    private final CurrentUser currentUser;
    private final MediaLibrary media;
    private final Autosaves autosaves;
    private final ArticleDrafts drafts;

    EditPages(ArticleAccess access, CurrentUser currentUser, MediaLibrary media, Autosaves autosaves, ArticleDrafts drafts) {
        this.drafts = drafts;
        this.access = access;
        this.currentUser = currentUser;
        this.media = media;
        this.autosaves = autosaves;
    }

    /**
     * The lead image of this attempt: a new upload (filed in the media library), else the one a
     * failed attempt kept, else one chosen from the library; null when none. Only images this user
     * may use count.
     */
    Image leadImage(ArticleForm form, FileUpload file) throws ImageUploads.Refused {
        User user = currentUser.user();
        if (file != null && file.uploadedFile() != null && file.size() > 0) {
            MediaItem item = media.upload(user, file.uploadedFile(), form.leadAlt, form.leadCaption, form.leadCredit);
            form.keptImage = String.valueOf(item.imageId);
            return item.image;
        }
        Optional<MediaItem> kept = media.usable(user, io.masthead.admin.FormText.id(form.keptImage));
        if (kept.isEmpty()) {
            form.keptImage = null;
        }
        return kept.map(m -> m.image).orElse(null);
    }

    /**
     * Saves the form as sent; null when saved, else the page to answer with (the text kept): 400
     * with the problems, 409 beside a newer save.
     */
    RestResponse<?> saveOrRefuse(long id, ArticleForm form, FileUpload leadImage) {
        User user = currentUser.user();
        access.editable(user, id);
        try {
            drafts.save(user, id, form, leadImage(form, leadImage));
            autosaves.discard(user, id);
            return null;
        } catch (ImageUploads.Refused e) {
            return invalid(id, form, new Errors().add("leadImage", e.getMessage()));
        } catch (Invalid e) {
            return invalid(id, form, e.errors);
        } catch (StaleVersion e) {
            return conflict(id, form);
        }
    }

    /** Saves first when the form holds anything new (see {@link ArticleForm#sameAs}); null when saved or nothing to save. */
    RestResponse<?> saveIfChanged(long id, ArticleForm form, FileUpload leadImage) {
        Article article = access.editable(currentUser.user(), id);
        boolean upload = leadImage != null && leadImage.size() > 0;
        if (!upload && form.sameAs(ArticleForm.of(article)) && String.valueOf(article.version).equals(form.version)) {
            return null;
        }
        return saveOrRefuse(id, form, leadImage);
    }

    TemplateInstance fresh(Article article, ArticleForm form) {
        ArticleAutosave offer = autosaves.offer(currentUser.user(), article).orElse(null);
        return page(article, form, Errors.none(), null, offer);
    }

    RestResponse<TemplateInstance> invalid(Long id, ArticleForm typed, Errors errors) {
        Article article = id == null ? null : access.visible(currentUser.user(), id);
        ArticleForm form = typed != null ? typed : ArticleForm.of(article);
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, page(article, form, errors, null, null));
    }

    /** The user's text exactly as typed, beside the version saved meanwhile; saving again overwrites it deliberately. */
    RestResponse<TemplateInstance> conflict(long id, ArticleForm typed) {
        Article article = access.visible(currentUser.user(), id);
        ArticleForm current = ArticleForm.of(article);
        typed.version = current.version;
        return RestResponse.status(RestResponse.Status.CONFLICT, page(article, typed, Errors.none(), current, null));
    }

    TemplateInstance page(Article article, ArticleForm form, Errors errors, ArticleForm current, ArticleAutosave offer) {
        User user = currentUser.user();
        boolean editable = article == null || access.mayEdit(user, article);
        List<ArticleRevision> revisions = article != null && user.isEditor() ? ArticleRevision.ofArticle(article) : List.of();
        List<Correction> corrections = article != null ? Correction.ofArticle(article) : List.of();
        List<ReviewNote> notes = article != null ? ReviewNote.ofArticle(article) : List.of();
        Image kept = media.usable(user, io.masthead.admin.FormText.id(form.keptImage)).map(m -> m.image).orElse(null);
        return AdminArticles.Templates.edit(new ArticleEditPage(article, form, errors, user, editable, current,
                Section.allWithParents(), revisions, corrections, notes, kept, offer));
    }
}
