package io.masthead.article;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
import io.masthead.author.Author;
import io.masthead.popular.MostPopular;
import io.masthead.section.SectionPages;
import io.masthead.tag.Tag;
import io.masthead.video.VideoRail;
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
public class ArticlePages {

    private static final Pattern ID_AND_SLUG = Pattern.compile("(\\d{1,18})(?:-.*)?");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Article article, List<Author> authors, List<Tag> tags,
                boolean showDisclaimer, String authorNote, List<Crumb> crumbs, List<Story> moreInSection,
                List<Story> mostPopular, List<VideoRail> videoRails, RawString structuredData,
                List<Correction> corrections);
    }

    private final MostPopular mostPopular;
    private final VideoRails videoRails;
    private final SectionPages sectionPages;
    private final PageResponses pages;
    private final NewsArticleData newsArticleData;
    private final StructuredData structuredData;

    ArticlePages(MostPopular mostPopular, VideoRails videoRails, SectionPages sectionPages, PageResponses pages,
            NewsArticleData newsArticleData, StructuredData structuredData) {
        this.pages = pages;
        this.mostPopular = mostPopular;
        this.videoRails = videoRails;
        this.sectionPages = sectionPages;
        this.newsArticleData = newsArticleData;
        this.structuredData = structuredData;
    }

    @GET
    @Path("{section}/{article: \\d[^/]*}")
    public RestResponse<?> inSection(@RestPath String section, @RestPath String article, RoutingContext ctx) {
        return show(ctx, "/" + section + "/" + article, article, section);
    }

    @GET
    @Path("{section}/{subsection}/{article: \\d[^/]*}")
    public RestResponse<?> inSubsection(@RestPath String section, @RestPath String subsection, @RestPath String article,
            RoutingContext ctx) {
        return show(ctx, "/" + section + "/" + subsection + "/" + article, article, null);
    }

    private RestResponse<?> show(RoutingContext ctx, String requestedPath, String idAndSlug, String sectionSlugFallback) {
        Matcher m = ID_AND_SLUG.matcher(idAndSlug);
        Article article = m.matches() ? Article.findPublishedById(Long.parseLong(m.group(1))).orElse(null) : null;
        if (article == null) {
            // A subsection whose slug starts with a digit ("2026-race") lands here too.
            if (sectionSlugFallback != null) {
                return sectionPages.frontOrNull(ctx, sectionSlugFallback + "/" + idAndSlug);
            }
            throw new NotFoundException();
        }
        if (!requestedPath.equals(article.url())) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(URI.create(article.url())).build();
        }
        return pages.html(ctx, render(article), Freshness.ARTICLE);
    }

    /** The reader page of any article, published or not: also what the newsroom's preview shows. */
    public TemplateInstance render(Article article) {
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
        return Templates.show(article, authors, tags, article.kind == ArticleKind.OPINION && byContributor, note,
                crumbs, Stories.of(Article.moreInSection(article, 5)), mostPopular.top(5), videoRails.latest(4), data,
                Correction.ofArticle(article));
    }
}
