package io.masthead.search;

import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.Stories;
import io.masthead.article.Story;
import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PageRequest;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.masthead.section.Section;
import io.masthead.web.Site;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * /search?q=: published articles by their words, best match or newest first, with filters and a
 * "Load more" link like every river. Cacheable like other fronts (ETag, Cache-Control, no cookie),
 * kept out of search engines (noindex; robots.txt disallows it too). Each query is a page of its
 * own: kept with {@link Reach#SINGLE}, so a long tail of one-off searches can only evict other
 * one-off pages, never the fronts every reader shares.
 */
@ApplicationScoped
public class SearchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(SearchPage page);

        static native TemplateInstance index$items(SearchPage page);
    }

    /** How long a reader is asked to wait while the index is being built. */
    private static final String RETRY_AFTER_SECONDS = "120";

    private final ReaderSearch search;
    private final SearchTopics topics;
    private final Site site;

    SearchPages(ReaderSearch search, SearchTopics topics, Site site) {
        this.search = search;
        this.topics = topics;
        this.site = site;
    }

    @Produces
    PublicPage searchPage() {
        return PublicPage.at("/search", this::answer);
    }

    private Answer answer(PageRequest request) {
        SearchParams params = SearchParams.of(request::query);
        String cursor = request.query("cursor");
        SearchPage page = request.read(() -> {
            SearchParams.Resolved resolved = params.resolve(site.zone(), cursor);
            try {
                return page(request, params, resolved);
            } catch (SearchUnavailable e) {
                throw new WebApplicationException(MessageBundles.get(SearchMessages.class).unavailable(),
                        Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS).build());
            }
        });
        TemplateInstance template = "1".equals(request.query("partial")) ? Templates.index$items(page) : Templates.index(page);
        return Answer.page(template, Freshness.FRONT, Reach.SINGLE);
    }

    private SearchPage page(PageRequest page, SearchParams params, SearchParams.Resolved resolved) {
        SearchRequest request = resolved.request();
        SearchQuery query = request.query();
        SearchPage.Choices choices = choices(page, params, resolved);
        SearchTopics.Matches none = SearchTopics.NONE;
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

    private static List<SectionOption> sectionOptions(PageRequest page) {
        return page.cached("search-sections", Reach.SHARED, () -> {
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

    private static SearchPage.Choices choices(PageRequest page, SearchParams params, SearchParams.Resolved resolved) {
        SearchMessages msg = MessageBundles.get(SearchMessages.class);
        List<SearchPage.Choice> sections = new ArrayList<>();
        sections.add(new SearchPage.Choice("", msg.anySection(), resolved.section() == null));
        for (SectionOption option : sectionOptions(page)) {
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
