package io.masthead.search.lucene;

import io.masthead.search.SearchFilters;
import io.masthead.search.SearchQuery;
import io.masthead.search.SearchScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * The words' part of the query as it finds documents, or null when nothing of it is left after
     * analysis (only stop words): a phrase of neighbouring words is looked up in the pairs field.
     */
    static Query matching(SearchQuery query, List<Weighted> fields) {
        Query words = text(query, fields, true);
        List<Query> together = query.typedPairs().stream().map(LuceneQueries::together).filter(Objects::nonNull).toList();
        if (words == null || together.isEmpty()) {
            return words;
        }
        // Optional, so they only rank; and a pair is rarer than either word, so once the best
        // matches hold it Lucene can skip the blocks of documents that do not.
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(words, Occur.MUST);
        together.forEach(pair -> ranked.add(pair, Occur.SHOULD));
        return ranked.build();
    }

    /** Two words typed side by side as one term of the pairs field, when each is one word of the text. */
    private static Query together(String typed) {
        List<Token> tokens = analyze(typed);
        return tokens.size() == 2 && neighbours(tokens)
                ? new TermQuery(new Term(ArticleDocuments.TEXT_PAIRS, pair(tokens, 0))) : null;
    }

    /** The same as {@link #matching}, every phrase by its words' positions in the text: what the highlighter marks. */
    static Query marking(SearchQuery query, List<Weighted> fields) {
        return text(query, fields, false);
    }

    private static Query text(SearchQuery query, List<Weighted> fields, boolean pairs) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyRequired = false;
        for (SearchQuery.Group group : query.required()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            boolean any = false;
            for (SearchQuery.Term term : group.alternatives()) {
                Query q = acrossFields(term, fields, pairs);
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
            Query q = acrossFields(term, fields, pairs);
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

    private static Query acrossFields(SearchQuery.Term term, List<Weighted> fields, boolean pairs) {
        List<Token> tokens = analyze(term.text());
        if (tokens.isEmpty()) {
            return null;
        }
        if (fields.size() == 1) {
            return inField(fields.get(0).field(), tokens, pairs);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Weighted weighted : fields) {
            any.add(new BoostQuery(inField(weighted.field(), tokens, pairs), weighted.boost()), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query inField(String field, List<Token> tokens, boolean pairs) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        if (pairs && field.equals(ArticleDocuments.TEXT) && neighbours(tokens)) {
            return inPairs(tokens);
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.text()), token.position() - first);
        }
        return phrase.build();
    }

    /** No stop word left a gap between the phrase's words (a gap is a pair with a filler, never asked for). */
    private static boolean neighbours(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).position() != tokens.get(i - 1).position() + 1) {
                return false;
            }
        }
        return true;
    }

    /** Two words: one term of the pairs field; more: each pair in its place, so the words still come in order. */
    private static Query inPairs(List<Token> tokens) {
        if (tokens.size() == 2) {
            return new TermQuery(new Term(ArticleDocuments.TEXT_PAIRS, pair(tokens, 0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            phrase.add(new Term(ArticleDocuments.TEXT_PAIRS, pair(tokens, i)), i);
        }
        return phrase.build();
    }

    private static String pair(List<Token> tokens, int at) {
        return tokens.get(at).text() + Analyzers.PAIR_SEPARATOR + tokens.get(at + 1).text();
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
