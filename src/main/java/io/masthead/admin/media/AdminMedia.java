package io.masthead.admin.media;

import io.masthead.admin.Flash;
import io.masthead.admin.QueryParams;
import io.masthead.media.ImageUploads;
import io.masthead.media.Picture;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The media library: browse and search uploaded images, upload new ones with alt text, caption
 * and credit, and copy the Markdown that puts one in an article body. The editor page's image
 * picker reads the same list as a fragment.
 */
@Path("/admin/media")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminMedia {

    /** One image as the library shows it, with the Markdown that inserts it into a body. */
    @io.quarkus.qute.TemplateData
    public record Entry(MediaItem item, Picture picture) {

        public String src() {
            return picture.src(960);
        }

        public String markdown() {
            String alt = item.alt == null ? "" : item.alt.replace("[", "").replace("]", "");
            return "![" + alt + "](" + src() + ")";
        }
    }

    @io.quarkus.qute.TemplateData
    public record LibraryPage(String query, List<Entry> entries, int page, boolean more, String error, boolean picker) {

        public String nextUrl() {
            return (picker ? "/admin/media/picker" : "/admin/media") + "?page=" + (page + 1)
                    + (query == null || query.isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LibraryPage library);

        static native TemplateInstance picker(LibraryPage library);
    }

    private final MediaLibrary media;
    private final CurrentUser currentUser;

    AdminMedia(MediaLibrary media, CurrentUser currentUser) {
        this.media = media;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        return Templates.list(library(q, page, null, false));
    }

    /** The same list as a fragment, for the editor page's image picker. */
    @GET
    @Path("picker")
    public TemplateInstance picker(@RestQuery String q, @RestQuery String page) {
        return Templates.picker(library(q, page, null, true));
    }

    /**
     * Files an upload. From the picker's script ({@code Accept: text/plain}) the answer is the
     * Markdown to insert; from the page, back to the library.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<?> upload(@RestForm FileUpload image, @RestForm String alt, @RestForm String caption,
            @RestForm String credit, @HeaderParam("Accept") String accept) {
        User user = currentUser.user();
        if (alt == null || alt.isBlank()) {
            return refused("Write alt text: what the picture shows, for people who cannot see it.", accept);
        }
        if (image == null || image.uploadedFile() == null || image.size() == 0) {
            return refused("Choose an image file to upload.", accept);
        }
        try {
            MediaItem item = media.upload(user, image.uploadedFile(), alt, caption, credit);
            Entry entry = new Entry(item, Picture.of(item.image));
            if (accept != null && accept.startsWith("text/plain")) {
                return RestResponse.ResponseBuilder.ok(entry.markdown(), MediaType.TEXT_PLAIN).build();
            }
            return Flash.redirect("/admin/media", "Image added to the library.");
        } catch (ImageUploads.Refused e) {
            return refused(e.getMessage(), accept);
        }
    }

    private RestResponse<?> refused(String problem, String accept) {
        if (accept != null && accept.startsWith("text/plain")) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.BAD_REQUEST, problem).type(MediaType.TEXT_PLAIN).build();
        }
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.list(library(null, null, problem, false)));
    }

    private LibraryPage library(String q, String page, String error, boolean picker) {
        if (q != null && q.length() > 200) {
            throw new BadRequestException("That search is too long.");
        }
        int n = QueryParams.page(page);
        List<MediaItem> found = media.find(currentUser.user(), q, n);
        boolean more = found.size() > MediaLibrary.PAGE;
        List<Entry> entries = found.stream().limit(MediaLibrary.PAGE).map(m -> new Entry(m, Picture.of(m.image))).toList();
        return new LibraryPage(q == null ? "" : q, entries, n, more, error, picker);
    }
}
