package io.masthead.search;

import io.masthead.article.ArticleKind;
import io.masthead.author.Author;
import io.masthead.section.Section;
import io.masthead.web.PageSize;
import jakarta.ws.rs.BadRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The search page's query string as the reader sent it: checked and resolved into a
 * {@link SearchRequest} (anything malformed is a 400 with a plain explanation), and written back
 * into the page's links (Load more, "Did you mean", a filter taken off).
 */
public record SearchParams(String q, String section, String author, String kind, String date, String from, String to,
        String sort, String size) {

    /** Date presets: the last day, week, month or year. */
    public enum Period {
        DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), YEAR(Duration.ofDays(365));

        final Duration length;

        Period(Duration length) {
            this.length = length;
        }

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the parameters name, found: the request, and the section and author it is narrowed to. */
    public record Resolved(SearchRequest request, Section section, Author author) {
    }

    /**
     * Results a page when none is asked for: ten, as web search engines and news sites' own
     * searches show, each with its passage of the body (marking those passages is most of what a
     * search costs on PostgreSQL: ts_headline parses the whole body of every row on the page).
     */
    static final int RESULTS_PER_PAGE = 10;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    public SearchParams {
        q = q == null ? "" : q;
    }

    /** The parameters of a request's query string, each its first value or null. */
    public static SearchParams of(java.util.function.UnaryOperator<String> query) {
        return new SearchParams(query.apply("q"), query.apply("section"), query.apply("author"), query.apply("kind"),
                query.apply("date"), query.apply("from"), query.apply("to"), query.apply("sort"), query.apply("size"));
    }

    public Resolved resolve(ZoneId zone, String cursor) {
        String text = SearchQuery.normalize(q);
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw new BadRequestException("That search is too long. Please use at most " + SearchQuery.MAX_LENGTH
                    + " characters.");
        }
        Section inSection = blank(section) ? null : Section.findByPath(section)
                .orElseThrow(() -> new BadRequestException("There is no such section to search in."));
        Author by = blank(author) ? null : Author.findBySlug(author)
                .orElseThrow(() -> new BadRequestException("There is no such author to search for."));
        ArticleKind ofKind = blank(kind) ? null : parseKind();
        SearchSort order = parseSort();
        Instant[] dates = dates(zone);
        SearchFilters filters = new SearchFilters(inSection == null ? null : inSection.id,
                inSection != null && inSection.isTopLevel(), by == null ? null : by.id, ofKind, dates[0], dates[1]);
        SearchRequest request = new SearchRequest(SearchQuery.parse(text), filters, order,
                SearchCursor.parse(cursor, order), PageSize.parse(size, RESULTS_PER_PAGE));
        return new Resolved(request, inSection, by);
    }

    private ArticleKind parseKind() {
        for (ArticleKind k : ArticleKind.values()) {
            if (k.css().equals(kind)) {
                return k;
            }
        }
        throw new BadRequestException("Articles are news, analysis or opinion; that kind is not one of them.");
    }

    private SearchSort parseSort() {
        if (blank(sort) || sort.equals("relevance")) {
            return SearchSort.RELEVANCE;
        }
        if (sort.equals("newest")) {
            return SearchSort.NEWEST;
        }
        throw new BadRequestException("Results can be sorted by relevance or newest first.");
    }

    /** [from, until): a from–to range of dates in the site's zone, or a preset up to now, or nothing. */
    private Instant[] dates(ZoneId zone) {
        if (!blank(from) || !blank(to)) {
            LocalDate first = blank(from) ? null : day(from);
            LocalDate last = blank(to) ? null : day(to);
            if (first != null && last != null && first.isAfter(last)) {
                throw new BadRequestException("The first date comes after the last one. Please swap them.");
            }
            return new Instant[] {first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant()};
        }
        if (blank(date)) {
            return new Instant[] {null, null};
        }
        for (Period period : Period.values()) {
            if (period.value().equals(date)) {
                return new Instant[] {Instant.now().minus(period.length), null};
            }
        }
        throw new BadRequestException("Dates can be the past day, week, month or year, or a range from one day to another.");
    }

    private static LocalDate day(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                throw new BadRequestException("Please give dates between 1900 and 2199.");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadRequestException("That date is not one we can read. Please give it like 2026-03-14.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    /** This search's URL, on the page after {@code cursor} (null: the first page). */
    public String url(String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("section", section);
        params.put("author", author);
        params.put("kind", kind);
        params.put("date", blank(from) && blank(to) ? date : null);
        params.put("from", from);
        params.put("to", to);
        params.put("sort", sort);
        params.put("size", size);
        params.put("cursor", cursor);
        StringBuilder url = new StringBuilder("/search");
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (!blank(param.getValue())) {
                url.append(separator).append(param.getKey()).append('=')
                        .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    public String withQuery(String text) {
        return new SearchParams(text, section, author, kind, date, from, to, sort, size).url(null);
    }

    public String withAuthor(String slug) {
        return new SearchParams(q, section, slug, kind, date, from, to, sort, size).url(null);
    }

    public String withoutAuthor() {
        return withAuthor(null);
    }
}
