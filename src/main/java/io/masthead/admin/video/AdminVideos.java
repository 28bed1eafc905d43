package io.masthead.admin.video;

import io.masthead.admin.Errors;
import io.masthead.admin.NewsroomForm;
import io.masthead.admin.NewsroomPages;

import io.masthead.user.Role;
import io.masthead.video.Video;
import io.masthead.video.VideoChannel;
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

@Path("/admin/videos")
@RolesAllowed(Role.EDITOR_ROLE)
public class AdminVideos {

    private final VideoService videos;

    AdminVideos(VideoService videos) {
        this.videos = videos;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page) {
        NewsroomPages.Listing listing = NewsroomPages.Listing.of("/admin/videos", q, page);
        List<Video> found = (listing.searched()
                ? Video.<Video>find("select v from Video v join fetch v.channel where lower(v.title) like ?1 order by v.id desc",
                        listing.like())
                : Video.<Video>find("select v from Video v join fetch v.channel order by v.id desc"))
                .range(listing.firstRow(), listing.firstRow() + NewsroomPages.PAGE).list();
        List<NewsroomPages.Row> rows = NewsroomPages.shown(found).stream()
                .map(v -> new NewsroomPages.Row("/admin/videos/" + v.id, List.of(v.title, v.channel.name,
                        v.publishedAt == null ? "Hidden" : "Published"))).toList();
        return NewsroomPages.list("Videos", "/admin/videos/new", List.of("Title", "Channel", "State"), rows, listing.after(found));
    }

    @GET
    @Path("new")
    public RestResponse<TemplateInstance> create() {
        return NewsroomPages.form(form(null, new VideoInput("", "", "", "", "", "", false), Errors.none()));
    }

    @GET
    @Path("{id}")
    public RestResponse<TemplateInstance> edit(@RestPath long id) {
        Video v = Video.findById(id);
        if (v == null) {
            throw new NotFoundException();
        }
        return NewsroomPages.form(form(id, new VideoInput(v.title, String.valueOf(v.channel.id), v.description,
                String.valueOf(v.durationSeconds), v.sourceUrl, v.thumbnailAlt, v.publishedAt != null), Errors.none()));
    }

    @POST
    public RestResponse<?> create(@RestForm String title, @RestForm String channel, @RestForm String description,
            @RestForm String duration, @RestForm String source, @RestForm String alt, @RestForm boolean published) {
        return save(null, new VideoInput(title, channel, description, duration, source, alt, published));
    }

    @POST
    @Path("{id}")
    public RestResponse<?> save(@RestPath long id, @RestForm String title, @RestForm String channel,
            @RestForm String description, @RestForm String duration, @RestForm String source, @RestForm String alt,
            @RestForm boolean published) {
        return save(id, new VideoInput(title, channel, description, duration, source, alt, published));
    }

    private RestResponse<?> save(Long id, VideoInput input) {
        return NewsroomPages.submit(() -> videos.save(id, input.cleaned()), "/admin/videos", "Video saved.",
                errors -> form(id, input, errors));
    }

    private static NewsroomForm form(Long id, VideoInput in, Errors errors) {
        List<NewsroomForm.Option> channels = VideoChannel.ordered().stream()
                .map(c -> new NewsroomForm.Option(String.valueOf(c.id), c.name, String.valueOf(c.id).equals(in.channel())))
                .toList();
        return new NewsroomForm(id == null ? "New video" : "Edit video",
                id == null ? "/admin/videos" : "/admin/videos/" + id, errors)
                .text("title", "Title", in.title(), null)
                .select("channel", "Channel", channels, null)
                .textarea("description", "Description", in.description(), null)
                .text("duration", "Duration in seconds", in.duration(), null)
                .text("source", "Video file", in.source(), "a path on this site, starting with a single /")
                .text("alt", "Thumbnail alt text", in.alt(), null)
                .checkbox("published", "Published", in.published(), null);
    }
}
