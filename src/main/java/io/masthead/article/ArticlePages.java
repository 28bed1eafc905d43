package io.masthead.article;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.InMemoryPage;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
import io.masthead.cache.DataCache;
import io.masthead.cache.Reach;
import io.masthead.section.Section;
import io.masthead.author.Author;
import io.masthead.popular.MostPopular;
import io.masthead.section.SectionPages;
import io.masthead.tag.Tag;
import io.masthead.video.VideoRails;
import io.masthead.web.Crumb;
import io.masthead.web.JsonLd;
import io.masthead.web.StructuredData;
import io.quarkus.qute.RawString;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The article page at /{section}/{subsection?}/{id}-{slug}; any other path with its id redirects there. */
@Path("/")
@PermitAll
public class ArticlePages implements InMemoryPage {

    private static final int MORE_IN_SECTION = 5;
    private static final Pattern ID_AND_SLUG = Pattern.compile("(\\d{1,18})(?:-.*)?");
    private static final String IN_SECTION = "{section}/{article: \\d[^/]*}";
    private static final String IN_SUBSECTION = "{section}/{subsection}/{article: \\d[^/]*}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Article article, List<Author> authors, List<Tag> tags,
                boolean showDisclaimer, String authorNote, List<Crumb> crumbs, RawString moreInSection,
                RawString mostPopular, RawString videoRails, RawString structuredData,
                List<Correction> corrections);

        static native TemplateInstance moreInSection(String sectionName, String sectionUrl, List<Story> stories);
    }

    private final MostPopular mostPopular;
    private final VideoRails videoRails;
    private final SectionPages sectionPages;
    private final PageResponses pages;
    private final NewsArticleData newsArticleData;
    private final StructuredData structuredData;
    private final DataCache dataCache;

    ArticlePages(MostPopular mostPopular, VideoRails videoRails, SectionPages sectionPages, PageResponses pages,
            NewsArticleData newsArticleData, StructuredData structuredData, DataCache dataCache) {
        this.pages = pages;
        this.dataCache = dataCache;
        this.mostPopular = mostPopular;
        this.videoRails = videoRails;
        this.sectionPages = sectionPages;
        this.newsArticleData = newsArticleData;
        this.structuredData = structuredData;
    }

    @GET
    @Path(IN_SECTION)
    public RestResponse<?> inSection(@RestPath String section, @RestPath String article, RoutingContext ctx) {
        return show(ctx, "/" + section + "/" + article, article, section);
    }

    @GET
    @Path(IN_SUBSECTION)
    public RestResponse<?> inSubsection(@RestPath String section, @RestPath String subsection, @RestPath String article,
            RoutingContext ctx) {
        return show(ctx, "/" + section + "/" + subsection + "/" + article, article, null);
    }

    private RestResponse<?> show(RoutingContext ctx, String requestedPath, String idAndSlug, String sectionSlugFallback) {
        Matcher m = ID_AND_SLUG.matcher(idAndSlug);
        ArticleView view = m.matches() ? published(Long.parseLong(m.group(1))) : null;
        if (view == null) {
            // A subsection whose slug starts with a digit ("2026-race") lands here too.
            if (sectionSlugFallback != null) {
                return sectionPages.frontOrNull(ctx, sectionSlugFallback + "/" + idAndSlug);
            }
            throw new NotFoundException();
        }
        if (!requestedPath.equals(view.article().url())) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(URI.create(view.article().url())).build();
        }
        return pages.html(ctx, page(view), Freshness.ARTICLE, Reach.SINGLE);
    }

    /** The article at its own address, when the event loop can render it from the data cache. */
    @Override
    public Rendered render(String path, String query) {
        // With a query string (?utm_source=...) each address is a page of its own in the page
        // cache: those are rendered by the resource method on a worker, off the event loop.
        if (query != null) {
            return null;
        }
        Matcher m = ID_AND_SLUG.matcher(path.substring(path.lastIndexOf('/') + 1));
        if (!m.matches()) {
            return null;
        }
        ArticleView view = published(Long.parseLong(m.group(1)));
        if (view == null || !path.equals(view.article().url())) {
            return null;
        }
        // The article's own address: /{section}/{id-slug} or /{section}/{subsection}/{id-slug}.
        return new Rendered(page(view), Freshness.ARTICLE,
                "/" + (view.article().section.isTopLevel() ? IN_SECTION : IN_SUBSECTION), Reach.SINGLE);
    }

    /** A published article's page data from the data cache; null when there is no such article. */
    private ArticleView published(long id) {
        return dataCache.get("article:" + id, Reach.SINGLE, () -> Article.findPublishedById(id).map(this::view).orElse(null));
    }

    /** The reader page of any article, published or not: also what the newsroom's preview shows. */
    public TemplateInstance render(Article article) {
        return page(view(article));
    }

    private TemplateInstance page(ArticleView view) {
        Article article = view.article();
        return Templates.show(article, view.authors(), view.tags(), view.showDisclaimer(), view.authorNote(),
                view.crumbs(), moreInSection(article, view.sectionNewest()), mostPopular.rail(5), videoRails.html(4),
                view.structuredData(), view.corrections());
    }

    /** Shared by every article of the section but the few that are themselves among its newest. */
    private RawString moreInSection(Article article, List<Story> sectionNewest) {
        boolean listed = sectionNewest.stream().anyMatch(s -> s.id() == article.id);
        List<Story> more = sectionNewest.stream().filter(s -> s.id() != article.id).limit(MORE_IN_SECTION).toList();
        if (more.isEmpty()) {
            return null;
        }
        Section section = article.section;
        return dataCache.html("more-in-section:" + section.id + (listed ? ":" + article.id : ""),
                () -> Templates.moreInSection(section.name, section.url(), more));
    }

    private ArticleView view(Article article) {
        List<ArticleAuthor> links = ArticleAuthor.find("""
                select aa from ArticleAuthor aa join fetch aa.author au left join fetch au.photo
                where aa.article = ?1 order by aa.position""", article).list();
        List<Author> authors = links.stream().map(l -> l.author).toList();
        List<Tag> tags = ArticleTag.<ArticleTag>find(
                "select t from ArticleTag t join fetch t.tag where t.article = ?1 order by t.position", article)
                .stream().map(t -> t.tag).toList();
        boolean byContributor = authors.stream().anyMatch(a -> a.contributor);
        String note = article.authorNote != null && !article.authorNote.isBlank() ? article.authorNote
                : authors.isEmpty() ? null : authors.get(0).bio;
        List<Crumb> crumbs = article.section.trail();
        RawString data = JsonLd.script(newsArticleData.of(article, authors, tags), structuredData.breadcrumbs(crumbs));
        Section section = article.section;
        List<Story> sectionNewest = dataCache.get("section-newest:" + section.id, Reach.SHARED,
                () -> Stories.of(Article.newestInOwnSection(section, MORE_IN_SECTION + 1)));
        return new ArticleView(article, authors, tags, article.kind == ArticleKind.OPINION && byContributor, note,
                crumbs, sectionNewest, data, Correction.ofArticle(article));
    }

    /** What an article's page shows of its own, loaded once per content version. */
    private record ArticleView(Article article, List<Author> authors, List<Tag> tags, boolean showDisclaimer,
            String authorNote, List<Crumb> crumbs, List<Story> sectionNewest, RawString structuredData,
            List<Correction> corrections) {
    }
}
