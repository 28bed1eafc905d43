package io.masthead.search;

import io.masthead.article.ArticleStatus;
import java.util.Set;

/**
 * Whose articles a search may find. Readers: published ones only. The newsroom: the statuses
 * asked for, of everyone (editors) or of one account (a contributor's own pieces). Built by
 * {@link NewsroomSearch}, which decides it from the user; engines only apply it.
 */
public record SearchScope(boolean newsroom, Set<ArticleStatus> statuses, Long ownerId) {

    public static final SearchScope PUBLIC = new SearchScope(false, Set.of(ArticleStatus.PUBLISHED), null);

    public static SearchScope newsroom(Set<ArticleStatus> statuses, Long ownerId) {
        return new SearchScope(true, Set.copyOf(statuses), ownerId);
    }
}
