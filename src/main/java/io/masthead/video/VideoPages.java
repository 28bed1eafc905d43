package io.masthead.video;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
import io.masthead.cache.Reach;
import io.masthead.web.Cursor;
import io.masthead.web.JsonLd;
import io.quarkus.qute.RawString;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** /video/ (every channel), /video/{channel}/ and the player page /video/{id}-{slug}. */
@Path("/video")
@PermitAll
public class VideoPages {

    private static final Pattern ID_AND_SLUG = Pattern.compile("(\\d{1,18})(?:-.*)?");


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(VideoChannel channel, List<VideoChannel> channels, River<VideoCard> river);

        static native TemplateInstance list$items(River<VideoCard> river);

        static native TemplateInstance show(Video video, List<VideoCard> more, RawString structuredData);
    }

    private final PageResponses pages;
    private final VideoObjectData videoObjectData;

    VideoPages(PageResponses pages, VideoObjectData videoObjectData) {
        this.pages = pages;
        this.videoObjectData = videoObjectData;
    }

    @GET
    public RestResponse<?> all(@RestQuery String cursor, @RestQuery String size, @RestQuery String partial,
            RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> list(ctx, null, "/video/", cursor, size, partial));
    }

    @GET
    @Path("{channel}")
    public RestResponse<?> channel(@RestPath String channel, @RestQuery String cursor, @RestQuery String size,
            @RestQuery String partial, RoutingContext ctx) {
        return TrailingSlash.require(ctx.request()).orElseGet(() -> {
            VideoChannel found = VideoChannel.findBySlug(channel).orElseThrow(NotFoundException::new);
            return list(ctx, found, found.url(), cursor, size, partial);
        });
    }

    @GET
    @Path("{video: \\d[^/]*}")
    public RestResponse<?> show(@RestPath String video, RoutingContext ctx) {
        Matcher m = ID_AND_SLUG.matcher(video);
        if (!m.matches()) {
            throw new NotFoundException();
        }
        Video found = Video.findPublishedById(Long.parseLong(m.group(1))).orElseThrow(NotFoundException::new);
        if (!video.equals(found.id + "-" + found.slug)) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(URI.create(found.url())).build();
        }
        List<VideoCard> more = Video.latest(found.channel, null, 5).stream()
                .filter(v -> !v.id.equals(found.id)).limit(4).map(VideoCard::of).toList();
        return pages.html(ctx, Templates.show(found, more, JsonLd.script(videoObjectData.of(found))), Freshness.ARTICLE,
                Reach.SINGLE);
    }

    /** The clip's timed captions, as stored with it; 404 for a video that has none. */
    @GET
    @Path("{id: \\d{1,18}}/captions.vtt")
    @Produces("text/vtt;charset=UTF-8")
    public String captions(@RestPath long id) {
        Video video = Video.findPublishedById(id).orElseThrow(NotFoundException::new);
        if (video.captions == null || video.captions.isBlank()) {
            throw new NotFoundException();
        }
        return video.captions;
    }

    private RestResponse<?> list(RoutingContext ctx, VideoChannel channel, String baseUrl, String cursorText, String sizeText, String partial) {
        Cursor cursor = Cursor.parse(cursorText);
        int size = PageSize.parse(sizeText);
        List<Video> fetched = Video.latest(channel, cursor, size + 1);
        River<Video> page = River.of(fetched, size, v -> Cursor.after(v.publishedAt, v.id), baseUrl);
        River<VideoCard> river = new River<>(page.items().stream().map(VideoCard::of).toList(), page.next(), baseUrl, size);
        Reach reach = cursor == null && size == PageSize.DEFAULT ? Reach.SHARED : Reach.SINGLE;
        if ("1".equals(partial)) {
            return pages.html(ctx, Templates.list$items(river), Freshness.FRONT, reach);
        }
        return pages.html(ctx, Templates.list(channel, VideoChannel.ordered(), river), Freshness.FRONT, reach);
    }
}
