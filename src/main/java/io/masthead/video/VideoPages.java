package io.masthead.video;

import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.web.Cursor;
import io.masthead.web.JsonLd;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** /video/ (every channel), /video/{channel}/ and the player page /video/{id}-{slug}. */
@ApplicationScoped
public class VideoPages {

    private static final Pattern ID_AND_SLUG = Pattern.compile("(\\d{1,18})(?:-.*)?");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(VideoChannel channel, List<VideoChannel> channels, River<VideoCard> river);

        static native TemplateInstance list$items(River<VideoCard> river);

        static native TemplateInstance show(Video video, List<VideoCard> more, RawString structuredData);
    }

    private final VideoObjectData videoObjectData;

    VideoPages(VideoObjectData videoObjectData) {
        this.videoObjectData = videoObjectData;
    }

    @Produces
    PublicPage allVideos() {
        return PublicPage.at("/video/", request -> list(request, null, "/video/"));
    }

    @Produces
    PublicPage channelPage() {
        return PublicPage.at("/video/{channel}/", request -> {
            VideoChannel found = request.read(() -> VideoChannel.findBySlug(request.param("channel")))
                    .orElseThrow(NotFoundException::new);
            return list(request, found, found.url());
        });
    }

    @Produces
    PublicPage videoPage() {
        return PublicPage.at("/video/{video:\\d[^/]*}", this::show);
    }

    @Produces
    PublicPage captionsPage() {
        return PublicPage.at("/video/{id:\\d{1,18}}/captions.vtt", this::captions);
    }

    private Answer show(PageRequest request) {
        String video = request.param("video");
        Matcher m = ID_AND_SLUG.matcher(video);
        if (!m.matches()) {
            throw new NotFoundException();
        }
        Video found = request.read(() -> Video.findPublishedById(Long.parseLong(m.group(1))))
                .orElseThrow(NotFoundException::new);
        if (!video.equals(found.id + "-" + found.slug)) {
            return Answer.redirect(found.url());
        }
        List<VideoCard> more = request.read(() -> Video.latest(found.channel, null, 5)).stream()
                .filter(v -> !v.id.equals(found.id)).limit(4).map(VideoCard::of).toList();
        return Answer.page(Templates.show(found, more, JsonLd.script(videoObjectData.of(found))), Freshness.ARTICLE,
                Reach.SINGLE);
    }

    /** The clip's timed captions, as stored with it; 404 for a video that has none. */
    private Answer captions(PageRequest request) {
        Video video = request.read(() -> Video.findPublishedById(Long.parseLong(request.param("id"))))
                .orElseThrow(NotFoundException::new);
        if (video.captions == null || video.captions.isBlank()) {
            throw new NotFoundException();
        }
        return Answer.document(video.captions, "text/vtt;charset=UTF-8", Freshness.ARTICLE, Reach.SINGLE);
    }

    private Answer list(PageRequest request, VideoChannel channel, String baseUrl) {
        Cursor cursor = Cursor.parse(request.query("cursor"));
        int size = PageSize.parse(request.query("size"));
        List<Video> fetched = request.read(() -> Video.latest(channel, cursor, size + 1));
        River<Video> page = River.of(fetched, size, v -> Cursor.after(v.publishedAt, v.id), baseUrl);
        River<VideoCard> river = new River<>(page.items().stream().map(VideoCard::of).toList(), page.next(), baseUrl, size);
        Reach reach = cursor == null && size == PageSize.DEFAULT ? Reach.SHARED : Reach.SINGLE;
        if ("1".equals(request.query("partial"))) {
            return Answer.page(Templates.list$items(river), Freshness.FRONT, reach);
        }
        return Answer.page(Templates.list(channel, request.read(VideoChannel::ordered), river), Freshness.FRONT, reach);
    }
}
