package io.masthead.home;

import io.masthead.article.Article;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.popular.MostPopular;
import io.masthead.section.Section;
import io.masthead.video.VideoRails;
import io.masthead.web.Cursor;
import io.masthead.web.JsonLd;
import io.masthead.web.PageSize;
import io.masthead.web.River;
import io.masthead.web.StructuredData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The front page, and /latest/: every published story, newest first. */
@ApplicationScoped
public class HomePages {

    static final int TOP_STORIES = 4;
    static final int LATEST_ON_HOME = 8;
    static final int PER_SECTION = 4;

    /** A section's rail on the front page. */
    public record SectionRail(String name, String url, List<Story> stories) {

        /** "rail-politics" for /politics/: the id its heading labels the rail with. */
        public String anchor() {
            return "rail-" + url.replace("/", "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Story lead, List<Story> topStories, River<Story> latest,
                List<SectionRail> sectionRails, RawString mostPopular, RawString videoRails,
                RawString structuredData);

        static native TemplateInstance latest(River<Story> river);

        static native TemplateInstance latest$items(River<Story> river);
    }

    private final MostPopular mostPopular;
    private final VideoRails videoRails;
    private final StructuredData structuredData;

    HomePages(MostPopular mostPopular, VideoRails videoRails, StructuredData structuredData) {
        this.mostPopular = mostPopular;
        this.videoRails = videoRails;
        this.structuredData = structuredData;
    }

    /** What the front page lists, loaded once per content version: every reader starts here. */
    record Front(Story lead, List<Story> topStories, River<Story> latest, List<SectionRail> sectionRails) {
    }

    @Produces
    PublicPage frontPage() {
        return PublicPage.at("/", this::index);
    }

    @Produces
    PublicPage latestPage() {
        return PublicPage.at("/latest/", this::latest);
    }

    private Answer index(PageRequest request) {
        Front front = request.cached("home-front", Reach.SHARED, HomePages::front);
        return Answer.page(Templates.index(front.lead(), front.topStories(), front.latest(), front.sectionRails(),
                mostPopular.rail(5), videoRails.html(4), JsonLd.script(structuredData.organization())),
                Freshness.FRONT, Reach.SHARED);
    }
    private static Front front() {
        List<Story> featured = Stories.of(Article.featured(TOP_STORIES));
        River<Story> latest = Stories.river(Article.latest(null, LATEST_ON_HOME + TOP_STORIES + 1),
                LATEST_ON_HOME + TOP_STORIES, "/latest/");
        if (featured.isEmpty()) {
            featured = latest.items().stream().limit(TOP_STORIES).toList();
        }
        Set<Long> onTop = new HashSet<>();
        featured.forEach(s -> onTop.add(s.id()));
        List<Story> rest = latest.items().stream().filter(s -> !onTop.contains(s.id())).limit(LATEST_ON_HOME).toList();
        River<Story> river = new River<>(rest, latest.next(), latest.baseUrl(), PageSize.DEFAULT);
        List<Section> sections = Section.topLevel();
        Map<Long, List<Article>> perSection = Article.latestPerRootSection(sections, PER_SECTION);
        Map<Long, Story> railStories = Stories.of(perSection.values().stream().flatMap(List::stream).toList())
                .stream().collect(Collectors.toMap(Story::id, story -> story));
        List<SectionRail> rails = sections.stream()
                .map(s -> new SectionRail(s.name, s.url(),
                        perSection.get(s.id).stream().map(a -> railStories.get(a.id)).toList()))
                .filter(r -> !r.stories().isEmpty())
                .toList();
        Story lead = featured.isEmpty() ? null : featured.get(0);
        List<Story> top = featured.size() > 1 ? featured.subList(1, featured.size()) : List.of();
        return new Front(lead, top, river, rails);
    }

    private Answer latest(PageRequest request) {
        Cursor after = Cursor.parse(request.query("cursor"));
        int size = PageSize.parse(request.query("size"));
        River<Story> river = request.read(() -> Stories.river(Article.latest(after, size + 1), size, "/latest/"));
        return Answer.page("1".equals(request.query("partial")) ? Templates.latest$items(river) : Templates.latest(river),
                Freshness.FRONT, after == null && size == PageSize.DEFAULT ? Reach.SHARED : Reach.SINGLE);
    }
}
