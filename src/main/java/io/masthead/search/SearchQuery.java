package io.masthead.search;

import io.masthead.web.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, read the way people mean it: every word must match, "quoted words" match
 * as a phrase, a leading minus leaves out what it is attached to, and OR between two words or
 * phrases lets either match. Nothing else is syntax: brackets, colons, stars, backslashes and the
 * like stay in the text, where each engine's analyzer treats them as the word breaks they are.
 * <p>
 * Parsed once, here, so the Lucene and the PostgreSQL engine read a query the same way; neither
 * ever sees the reader's text as its own query syntax.
 */
public record SearchQuery(String text, List<Group> required, List<Term> excluded, boolean shortened) {

    /** Longer queries are refused (the search box allows 200 characters). */
    public static final int MAX_LENGTH = 500;
    /** Words and phrases searched for at most; the rest of a longer query is ignored, and the page says so. */
    public static final int MAX_TERMS = 16;

    /** A word or a phrase, with where it was in {@link #text()} (for "Did you mean"). */
    public record Term(String text, boolean phrase, int start, int end) {
    }

    /** Any one of the alternatives must match: {@code a OR b}. Most groups hold one term. */
    public record Group(List<Term> alternatives) {
    }

    public static SearchQuery parse(String raw) {
        String text = normalize(raw);
        Parser parser = new Parser(text);
        parser.run();
        return new SearchQuery(text, List.copyOf(parser.required), List.copyOf(parser.excluded), parser.shortened);
    }

    /** Control characters and lone surrogates dropped, every run of white space one space. */
    public static String normalize(String raw) {
        String line = PlainText.line(raw == null ? "" : raw);
        return line.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** Nothing to search for: no word with a letter or digit outside an exclusion. */
    public boolean isEmpty() {
        return required.isEmpty();
    }

    public List<Term> requiredTerms() {
        return required.stream().flatMap(g -> g.alternatives().stream()).toList();
    }

    /**
     * Each two words typed side by side, outside quotes and OR ("budget hearing" in {@code budget
     * hearing -tax}), as "first second": an article where they stand together too ranks above one
     * where they are apart, as on any search engine. Lucene looks them up in its pairs field;
     * PostgreSQL's ts_rank weighs how close the query's words stand on its own.
     */
    public List<String> typedPairs() {
        List<String> pairs = new ArrayList<>();
        Term previous = null;
        for (Group group : required) {
            Term term = group.alternatives().size() == 1 ? group.alternatives().get(0) : null;
            boolean plain = term != null && !term.phrase() && term.text().codePoints().allMatch(Character::isLetterOrDigit);
            if (plain && previous != null && text.substring(previous.end(), term.start()).isBlank()) {
                pairs.add(previous.text() + " " + term.text());
            }
            previous = plain ? term : null;
        }
        return pairs;
    }

    /** The query text with one term replaced (a spelling correction), everything else as typed. */
    public String replacing(Term term, String replacement) {
        String original = text.substring(term.start(), term.end());
        String kept = term.phrase() && original.startsWith("\"") ? "\"" + replacement + "\"" : replacement;
        return text.substring(0, term.start()) + kept + text.substring(term.end());
    }

    static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static final class Parser {
        private final String text;
        private final List<Group> required = new ArrayList<>();
        private final List<Term> excluded = new ArrayList<>();
        private boolean shortened;
        private int at;
        private int terms;

        Parser(String text) {
            this.text = text;
        }

        void run() {
            boolean orPending = false;
            boolean lastWasRequired = false;
            while (skipSpaces()) {
                boolean negated = text.charAt(at) == '-' && at + 1 < text.length() && text.charAt(at + 1) != ' ';
                if (negated) {
                    at++;
                }
                Term term = text.charAt(at) == '"' ? phrase() : word();
                if (!negated && !term.phrase() && term.text().equals("OR")) {
                    orPending = lastWasRequired;
                    continue;
                }
                if (!hasLetterOrDigit(term.text())) {
                    continue;
                }
                if (terms == MAX_TERMS) {
                    shortened = true;
                    continue;
                }
                terms++;
                if (negated) {
                    excluded.add(term);
                    lastWasRequired = false;
                } else if (orPending) {
                    List<Term> alternatives = new ArrayList<>(required.remove(required.size() - 1).alternatives());
                    alternatives.add(term);
                    required.add(new Group(List.copyOf(alternatives)));
                    lastWasRequired = true;
                } else {
                    required.add(new Group(List.of(term)));
                    lastWasRequired = true;
                }
                orPending = false;
            }
        }

        private boolean skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return at < text.length();
        }

        /** From a quote to the next one, or to the end when it is never closed. */
        private Term phrase() {
            int start = at;
            int close = text.indexOf('"', at + 1);
            int end = close < 0 ? text.length() : close;
            at = close < 0 ? text.length() : close + 1;
            return new Term(text.substring(start + 1, end).strip(), true, start, at);
        }

        /** Up to a space or a quote (which starts a phrase). */
        private Term word() {
            int start = at;
            while (at < text.length() && text.charAt(at) != ' ' && text.charAt(at) != '"') {
                at++;
            }
            return new Term(text.substring(start, at), false, start, at);
        }
    }
}
