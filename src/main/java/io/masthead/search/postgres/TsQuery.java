package io.masthead.search.postgres;

import io.masthead.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@link SearchQuery} as a PostgreSQL tsquery expression with bound parameters. Each word
 * goes through plainto_tsquery and each phrase through phraseto_tsquery, which read text and
 * never syntax (websearch_to_tsquery would read the same language, but its own way: there "or"
 * in lower case is an operator, here it is a word, and both engines must read a query alike);
 * they are combined with the tsquery operators: {@code &&} for every group, {@code ||} within
 * one, {@code !!} for exclusions. A word that is only a stop word becomes an empty query, which
 * these operators leave out, as Lucene does.
 */
record TsQuery(String sql, List<Object> params) {

    private static final String CONFIG = "'english'";

    /** The query, or null when it has nothing to search for. */
    static TsQuery of(SearchQuery query) {
        if (query.isEmpty()) {
            return null;
        }
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SearchQuery.Group group : query.required()) {
            List<String> either = new ArrayList<>();
            for (SearchQuery.Term term : group.alternatives()) {
                either.add(term(term, params));
            }
            parts.add(either.size() == 1 ? either.get(0) : "(" + String.join(" || ", either) + ")");
        }
        for (SearchQuery.Term term : query.excluded()) {
            parts.add("!!" + term(term, params));
        }
        return new TsQuery("(" + String.join(" && ", parts) + ")", List.copyOf(params));
    }

    /** The words to mark in a passage: the query without its exclusions. */
    static TsQuery marking(SearchQuery query) {
        return of(new SearchQuery(query.text(), query.required(), List.of(), query.shortened()));
    }

    /** Any one of the required words or phrases: which authors' names the query mentions. */
    static TsQuery anyRequired(SearchQuery query) {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SearchQuery.Term term : query.requiredTerms()) {
            parts.add(term(term, params));
        }
        return new TsQuery("(" + String.join(" || ", parts) + ")", List.copyOf(params));
    }

    private static String term(SearchQuery.Term term, List<Object> params) {
        params.add(term.text());
        return (term.phrase() ? "phraseto_tsquery(" : "plainto_tsquery(") + CONFIG + ", ?)";
    }
}
