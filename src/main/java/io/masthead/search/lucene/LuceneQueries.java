package io.masthead.search.lucene;

import io.masthead.search.SearchFilters;
import io.masthead.search.SearchQuery;
import io.masthead.search.SearchScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A parsed {@link SearchQuery} as Lucene queries, built term by term from the analyzer's output:
 * the reader's text is never handed to a query parser. Each word or phrase must match (in the
 * text, or in the newsroom also the byline), OR groups need one of theirs, exclusions none.
 */
final class LuceneQueries {

    record Weighted(String field, float boost) {
    }

    /** Readers search the text (headline, dek and body, weighted by repetition: see {@link ArticleDocuments#TEXT}). */
    static final List<Weighted> READER_FIELDS = List.of(new Weighted(ArticleDocuments.TEXT, 1f));
    /** The newsroom the byline too: a word matches in either. */
    static final List<Weighted> NEWSROOM_FIELDS = List.of(new Weighted(ArticleDocuments.TEXT, 1f),
            new Weighted(ArticleDocuments.BYLINE, 2f));

    private record Token(String text, int position) {
    }

    private LuceneQueries() {
    }

    /** The words' part of the query, or null when nothing of it is left after analysis (only stop words). */
    static Query text(SearchQuery query, List<Weighted> fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyRequired = false;
        for (SearchQuery.Group group : query.required()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            boolean any = false;
            for (SearchQuery.Term term : group.alternatives()) {
                Query q = acrossFields(term, fields);
                if (q != null) {
                    either.add(q, Occur.SHOULD);
                    any = true;
                }
            }
            if (any) {
                all.add(either.build(), Occur.MUST);
                anyRequired = true;
            }
        }
        if (!anyRequired) {
            return null;
        }
        for (SearchQuery.Term term : query.excluded()) {
            Query q = acrossFields(term, fields);
            if (q != null) {
                all.add(q, Occur.MUST_NOT);
            }
        }
        return all.build();
    }

    /** Readers never find what is not published: the few such documents are left out by their marker. */
    static final Query UNLISTED = new TermQuery(new Term(ArticleDocuments.UNLISTED, "1"));

    /**
     * What narrows the search: the newsroom scope's statuses and owner, then the filters. (The
     * readers' scope is {@link #UNLISTED}, a MUST_NOT: a filter that matches nearly every
     * document would cost a check per match.)
     */
    static List<Query> filters(SearchFilters filters, SearchScope scope, String dateField) {
        List<Query> clauses = new ArrayList<>();
        if (scope.newsroom()) {
            clauses.add(new TermInSetQuery(ArticleDocuments.STATUS,
                    scope.statuses().stream().map(s -> new BytesRef(s.name())).toList()));
        }
        if (scope.ownerId() != null) {
            clauses.add(LongField.newExactQuery(ArticleDocuments.OWNER, scope.ownerId()));
        }
        if (filters.sectionId() != null) {
            clauses.add(LongField.newExactQuery(filters.withSubsections() ? ArticleDocuments.ROOT_SECTION
                    : ArticleDocuments.SECTION, filters.sectionId()));
        }
        if (filters.authorId() != null) {
            clauses.add(LongField.newExactQuery(ArticleDocuments.AUTHOR, filters.authorId()));
        }
        if (filters.kind() != null) {
            clauses.add(new TermQuery(new Term(ArticleDocuments.KIND, filters.kind().name())));
        }
        if (filters.from() != null || filters.until() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE : ArticleDocuments.micros(filters.from());
            long until = filters.until() == null ? Long.MAX_VALUE : ArticleDocuments.micros(filters.until()) - 1;
            clauses.add(LongField.newRangeQuery(dateField, from, until));
        }
        return clauses;
    }

    private static Query acrossFields(SearchQuery.Term term, List<Weighted> fields) {
        List<Token> tokens = analyze(term.text());
        if (tokens.isEmpty()) {
            return null;
        }
        if (fields.size() == 1) {
            return inField(fields.get(0).field(), tokens);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Weighted weighted : fields) {
            any.add(new BoostQuery(inField(weighted.field(), tokens), weighted.boost()), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query inField(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.text()), token.position() - first);
        }
        return phrase.build();
    }

    private static List<Token> analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = Analyzers.TEXT.tokenStream(ArticleDocuments.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
