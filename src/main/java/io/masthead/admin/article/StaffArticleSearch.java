package io.masthead.admin.article;

import io.masthead.search.Highlight;
import io.masthead.web.Cursor;
import java.util.List;

/** Finds articles for staff: the one place the article list asks "which pieces match". */
public interface StaffArticleSearch {

    /** One piece found; for words, its headline and a passage of its text marked where they matched (else null). */
    record Hit(long articleId, Highlight headline, Highlight passage) {
    }

    /** A page of pieces, newest change first, and where the next page starts (null on the last). */
    record Found(List<Hit> hits, Cursor next) {
    }

    /** Up to {@code query.limit()} pieces the viewer may see, newest change first, after {@code query.after()}. */
    Found find(StaffArticleQuery query);
}
