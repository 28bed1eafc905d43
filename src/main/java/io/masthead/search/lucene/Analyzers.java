package io.masthead.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.FixedShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * English text: Unicode word breaks, lower case, possessives and the usual stop words dropped,
 * Porter stemming ("elections" and "election" are one word). The values of one field (headline,
 * dek and body in the text field) are kept far apart, so no phrase matches across two of them.
 * The spelling vocabulary keeps words as written, so a suggestion is a real word rather than a stem.
 * The pairs field holds each two neighbouring words of the text as one term (what Elasticsearch's
 * {@code index_phrases} does), so a quoted phrase is a term lookup rather than a walk of positions.
 */
final class Analyzers {

    private static final int GAP = 100;
    static final Analyzer TEXT = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        private final Analyzer english = new EnglishAnalyzer();

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return english;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return GAP;
        }
    };
    /** The text's words as {@link #TEXT} makes them, two neighbours a term ("public hear"). */
    static final Analyzer PAIRS = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return TEXT;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(),
                    new FixedShingleFilter(components.getTokenStream(), 2, PAIR_SEPARATOR, "_"));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return GAP;
        }
    };
    static final String PAIR_SEPARATOR = " ";
    static final Analyzer WORDS = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    static final Analyzer INDEX = new PerFieldAnalyzerWrapper(TEXT,
            Map.of(ArticleDocuments.WORDS, WORDS, ArticleDocuments.TEXT_PAIRS, PAIRS));

    private Analyzers() {
    }
}
