package io.masthead.article;

import io.masthead.author.Author;
import io.masthead.delivery.Answer;
import io.masthead.delivery.DataCache;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.popular.MostPopular;
import io.masthead.section.Section;
import io.masthead.section.SectionPages;
import io.masthead.tag.Tag;
import io.masthead.video.VideoRails;
import io.masthead.web.Crumb;
import io.masthead.web.JsonLd;
import io.masthead.web.Slugs;
import io.masthead.web.StructuredData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The article page at /{section}/{subsection?}/{id}-{slug}; any other path with its id redirects there. */
@ApplicationScoped
public class ArticlePages {

    private static final int MORE_IN_SECTION = 5;
    private static final Pattern ID_AND_SLUG = Pattern.compile("(\\d{1,18})(?:-.*)?");

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
    private final NewsArticleData newsArticleData;
    private final StructuredData structuredData;
    private final DataCache dataCache;

    ArticlePages(MostPopular mostPopular, VideoRails videoRails, SectionPages sectionPages,
            NewsArticleData newsArticleData, StructuredData structuredData, DataCache dataCache) {
        this.dataCache = dataCache;
        this.mostPopular = mostPopular;
        this.videoRails = videoRails;
        this.sectionPages = sectionPages;
        this.newsArticleData = newsArticleData;
        this.structuredData = structuredData;
    }

    @Produces
    PublicPage inSection() {
        return PublicPage.at("/{section:" + Section.ROUTE_SLUG + "}/{article:\\d[^/]*}",
                request -> show(request, request.param("section")));
    }

    @Produces
    PublicPage inSubsection() {
        return PublicPage.at("/{section:" + Section.ROUTE_SLUG + "}/{subsection:" + Slugs.RULE
                + "}/{article:\\d[^/]*}", request -> show(request, null));
    }

    private Answer show(PageRequest request, String sectionSlugFallback) {
        String idAndSlug = request.param("article");
        Matcher m = ID_AND_SLUG.matcher(idAndSlug);
        ArticleView view = m.matches() ? published(request, Long.parseLong(m.group(1))) : null;
        if (view == null) {
            // A subsection whose slug starts with a digit ("2026-race") lands here too.
            if (sectionSlugFallback != null) {
                return sectionPages.front(request, sectionSlugFallback + "/" + idAndSlug);
            }
            throw new NotFoundException();
        }
        if (!request.path().equals(view.article().url())) {
            return Answer.redirect(view.article().url());
        }
        return Answer.page(page(view), Freshness.ARTICLE, Reach.SINGLE);
    }

    /** A published article's page data from the data cache; null when there is no such article. */
    private ArticleView published(PageRequest request, long id) {
        return request.cached("article:" + id, Reach.SINGLE, () -> Article.findPublishedById(id).map(this::view).orElse(null));
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
