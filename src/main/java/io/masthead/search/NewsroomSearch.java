package io.masthead.search;

import io.masthead.article.ArticleStatus;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Search in the newsroom: headline, dek, body and byline of every piece the user may see there.
 * Editors and admins see everyone's, in any status; a contributor only their own (drafts
 * included), as everywhere in the newsroom. The one call the newsroom's article list makes.
 */
@ApplicationScoped
public class NewsroomSearch {

    private final SearchEngine engine;

    NewsroomSearch(SearchEngine engine) {
        this.engine = engine;
    }

    /**
     * A page of the articles {@code user} may see that match {@code text} ({@link SearchQuery}'s
     * language) and the filters; {@code statuses} empty means any status. Best match first (with
     * recency of the last change weighed in) or most recently changed first. Hits carry the
     * article's id, its headline and a passage with the matches marked; the list loads the rest.
     */
    public SearchResults search(User user, String text, SearchFilters filters, Set<ArticleStatus> statuses,
            SearchSort sort, SearchCursor after, int size) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return SearchResults.NONE;
        }
        Set<ArticleStatus> asked = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ArticleStatus.class) : statuses;
        SearchScope scope = SearchScope.newsroom(asked, user.isEditor() ? null : user.id);
        return engine.search(new SearchRequest(query, filters, sort, after, size), scope);
    }
}
