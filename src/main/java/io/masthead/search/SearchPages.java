package io.masthead.search;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.cache.Freshness;
import io.masthead.cache.PageCache;
import io.masthead.cache.PageResponses;
import io.masthead.section.Section;
import io.masthead.web.Site;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * /search?q=: published articles by their words, best match or newest first, with filters and a
 * "Load more" link like every river. Cacheable like other fronts (ETag, Cache-Control, no cookie),
 * kept out of search engines (noindex; robots.txt disallows it too).
 */
@Path("/search")
@PermitAll
public class SearchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(SearchPage page);

        static native TemplateInstance index$items(SearchPage page);
    }

    private final PageResponses pages;
    private final ReaderSearch search;
    private final SearchTopics topics;
    private final Site site;
    private final PageCache pageCache;

    SearchPages(PageResponses pages, ReaderSearch search, SearchTopics topics, Site site, PageCache pageCache) {
        this.pages = pages;
        this.search = search;
        this.topics = topics;
        this.site = site;
        this.pageCache = pageCache;
    }

    @GET
    public RestResponse<?> search(@RestQuery String q, @RestQuery String section, @RestQuery String author,
            @RestQuery String kind, @RestQuery String date, @RestQuery String from, @RestQuery String to,
            @RestQuery String sort, @RestQuery String cursor, @RestQuery String size, @RestQuery String partial,
            RoutingContext ctx) {
        SearchParams params = new SearchParams(q, section, author, kind, date, from, to, sort, size);
        SearchParams.Resolved resolved = params.resolve(site.zone(), cursor);
        SearchPage page;
        try {
            page = page(params, resolved);
        } catch (SearchUnavailable e) {
            page = new SearchPage(params, SearchPage.Status.UNAVAILABLE, List.of(), SearchResults.NONE, null, null, null,
                    new SearchTopics.Matches(List.of(), List.of()), resolved.author(), params.withoutAuthor(),
                    choices(params, resolved), false);
            return RestResponse.ResponseBuilder.<TemplateInstance>create(RestResponse.Status.SERVICE_UNAVAILABLE)
                    .entity(Templates.index(page)).header("Cache-Control", "no-store").header("Retry-After", "120").build();
        }
        if ("1".equals(partial)) {
            return pages.html(ctx, Templates.index$items(page), Freshness.FRONT);
        }
        return pages.html(ctx, Templates.index(page), Freshness.FRONT);
    }

    private SearchPage page(SearchParams params, SearchParams.Resolved resolved) {
        SearchRequest request = resolved.request();
        SearchQuery query = request.query();
        SearchPage.Choices choices = choices(params, resolved);
        SearchTopics.Matches none = new SearchTopics.Matches(List.of(), List.of());
        if (query.isEmpty()) {
            SearchPage.Status status = query.text().isEmpty() ? SearchPage.Status.PROMPT : SearchPage.Status.NOTHING_TO_SEARCH;
            return new SearchPage(params, status, List.of(), SearchResults.NONE, null, null, null, none,
                    resolved.author(), params.withoutAuthor(), choices, false);
        }
        SearchResults found = search.search(request);
        List<SearchPage.Result> results = results(found.hits());
        boolean firstPage = request.after() == null;
        Correction correction = results.isEmpty() && firstPage ? search.correction(query, request.filters()).orElse(null) : null;
        return new SearchPage(params, results.isEmpty() ? SearchPage.Status.NONE : SearchPage.Status.FOUND, results, found,
                found.next() == null ? null : params.url(found.next().token()), correction,
                correction == null ? null : params.withQuery(correction.query()),
                firstPage ? topics.find(query) : none, resolved.author(), params.withoutAuthor(), choices, query.shortened());
    }

    /** The hits' cards, in the order found; a hit unpublished since the index saw it is left out. */
    private static List<SearchPage.Result> results(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Story> stories = Stories.of(Article.publishedWithIds(hits.stream().map(SearchHit::articleId).toList()))
                .stream().collect(Collectors.toMap(Story::id, Function.identity()));
        List<SearchPage.Result> results = new ArrayList<>();
        for (SearchHit hit : hits) {
            Story story = stories.get(hit.articleId());
            if (story != null) {
                results.add(new SearchPage.Result(story, hit.headline(), hit.snippet()));
            }
        }
        return results;
    }

    /** The sections a search can be narrowed to, top-level ones each followed by their subsections. */
    record SectionOption(long id, String path, String label) {
    }

    private List<SectionOption> sectionOptions() {
        return pageCache.fragment("search:sections", () -> {
            List<SectionOption> options = new ArrayList<>();
            List<Section> all = Section.allWithParents();
            for (Section top : all.stream().filter(Section::isTopLevel).toList()) {
                options.add(new SectionOption(top.id, top.path, top.name));
                all.stream().filter(s -> s.parent != null && s.parent.id.equals(top.id))
                        .forEach(sub -> options.add(new SectionOption(sub.id, sub.path, top.name + " › " + sub.name)));
            }
            return List.copyOf(options);
        });
    }

    private SearchPage.Choices choices(SearchParams params, SearchParams.Resolved resolved) {
        SearchMessages msg = MessageBundles.get(SearchMessages.class);
        List<SearchPage.Choice> sections = new ArrayList<>();
        sections.add(new SearchPage.Choice("", msg.anySection(), resolved.section() == null));
        for (SectionOption option : sectionOptions()) {
            sections.add(new SearchPage.Choice(option.path(), option.label(),
                    resolved.section() != null && resolved.section().id.equals(option.id())));
        }
        List<SearchPage.Choice> kinds = new ArrayList<>();
        kinds.add(new SearchPage.Choice("", msg.anyKind(), params.kind() == null || params.kind().isEmpty()));
        for (ArticleKind k : ArticleKind.values()) {
            kinds.add(new SearchPage.Choice(k.css(), k.label, k.css().equals(params.kind())));
        }
        String date = params.from() != null && !params.from().isEmpty() || params.to() != null && !params.to().isEmpty()
                ? "" : params.date();
        List<SearchPage.Choice> periods = List.of(
                new SearchPage.Choice("", msg.anyTime(), date == null || date.isEmpty()),
                period(SearchParams.Period.DAY, msg.pastDay(), date), period(SearchParams.Period.WEEK, msg.pastWeek(), date),
                period(SearchParams.Period.MONTH, msg.pastMonth(), date), period(SearchParams.Period.YEAR, msg.pastYear(), date));
        boolean newest = resolved.request().sort() == SearchSort.NEWEST;
        List<SearchPage.Choice> sorts = List.of(new SearchPage.Choice("", msg.relevance(), !newest),
                new SearchPage.Choice("newest", msg.newest(), newest));
        return new SearchPage.Choices(sections, kinds, periods, sorts);
    }

    private static SearchPage.Choice period(SearchParams.Period period, String label, String date) {
        return new SearchPage.Choice(period.value(), label, period.value().equals(date));
    }
}
