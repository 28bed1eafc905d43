package io.masthead.search;

import io.masthead.article.Story;
import io.masthead.author.Author;
import java.util.List;

/** Everything the search page shows. */
public record SearchPage(SearchParams params, Status status, List<Result> results, SearchResults outcome, String nextUrl,
        Correction correction, String correctionUrl, SearchTopics.Matches topics, Author author, String anyAuthorUrl,
        Choices choices, boolean shortened) {

    /** What the page has to say: a prompt, results, or none. */
    public enum Status {
        PROMPT, NOTHING_TO_SEARCH, FOUND, NONE
    }

    /** A hit as the page shows it: the story's card data and the marked headline and passage. */
    public record Result(Story story, Highlight headline, Highlight snippet) {
    }

    /** An option of one of the filter selects. */
    public record Choice(String value, String label, boolean selected) {
    }

    public record Choices(List<Choice> sections, List<Choice> kinds, List<Choice> periods, List<Choice> sorts) {
    }

    public boolean isPrompt() {
        return status == Status.PROMPT;
    }

    public boolean isNothingToSearch() {
        return status == Status.NOTHING_TO_SEARCH;
    }

    public boolean isFound() {
        return status == Status.FOUND;
    }

    public boolean isNone() {
        return status == Status.NONE;
    }

    public boolean hasMore() {
        return nextUrl != null;
    }

    public String nextFragmentUrl() {
        return nextUrl + "&partial=1";
    }

    /** The count, formatted: "1,234". */
    public String count() {
        return String.format(java.util.Locale.US, "%,d", outcome.total());
    }

    public String query() {
        return SearchQuery.normalize(params.q());
    }
}
