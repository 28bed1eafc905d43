package io.masthead.admin.article;

import io.masthead.web.Cursor;
import java.util.List;

/**
 * Finds articles for staff: the one place the article list asks "which pieces match", so a
 * full-text engine can replace the headline search by providing another bean of this type.
 */
public interface StaffArticleSearch {

    /** One matching piece, with the keyset position of its latest change. */
    record Hit(long articleId, Cursor position) {
    }

    /** Up to {@code query.limit()} pieces the viewer may see, newest change first, after {@code query.after()}. */
    List<Hit> find(StaffArticleQuery query);
}
