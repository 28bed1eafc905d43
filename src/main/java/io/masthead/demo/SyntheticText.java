package io.masthead.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Article text for the synthetic store with the statistics search is measured against: words drawn
 * with a Zipf-like skew over a vocabulary of common English words, newsroom words and tens of
 * thousands of rare made-up names, with recurring phrases ("city council", "public hearing") mixed
 * in. A common word is then in most articles, a rare one in a handful, as in a real archive.
 */
final class SyntheticText {

    private static final String COMMON = """
            the of and to a in that is for on it with as was he be by at this from are have
            an they which or had not but were his been has their more one will would there all who
            said its also after new can than two about some other over when into them could only year
            first last week state city people plan time may most before many those such while under
            three between where back against public officials local members months since still next""";
    private static final String NEWS = """
            council budget senate election vote governor mayor county court judge ruling appeal bill
            law tax taxes revenue spending deficit school schools teachers students hospital clinic health
            police housing rent transit bus rail bridge road highway port harbor ferry water flood storm
            drought wildfire energy grid power solar wind pipeline climate emissions farm farmers wages
            workers union strike contract pension jobs economy inflation prices market trade tariff
            district campaign candidate ballot voters turnout poll primary recount committee hearing
            testimony report audit inquiry investigation scandal resignation lawsuit settlement
            agency department commission board authority regulators license permit zoning development
            construction project funding grant grants loan bonds proposal amendment measure reform
            policy veto override majority minority coalition opposition leader spokesperson statement
            residents neighborhood downtown suburbs rural village town region coast valley river lake
            museum library park stadium festival theater concert season team coach players league
            championship injury transfer draft broadband internet data privacy security cyberattack
            court-ordered nonprofit foundation charity volunteers shelter refugees immigration border
            military veterans base contractor aircraft airport airline rail-yard warehouse factory
            plant layoffs merger acquisition shareholders quarterly earnings profit losses startup
            university research scientists study survey census population growth decline recovery
            crime arrest charges trial jury verdict sentence prison parole prosecutors defense attorney
            elections senators lawmakers legislature assembly chamber session deadline negotiations
            agreement talks deal compromise delay approval rejection review oversight transparency""";
    private static final String[] PHRASES = {
        "city council", "public hearing", "state senate", "school board", "climate change",
        "property taxes", "minimum wage", "affordable housing", "public transit", "health care",
        "supreme court", "special election", "budget shortfall", "water rights", "power outage",
        "town hall meeting", "zoning board", "union contract", "rainy day fund", "ballot measure",
        "federal grant", "interim report", "emergency session", "second reading", "final vote",
        "press conference", "state of emergency", "bond issue", "capital budget", "harbor dredging"};
    private static final String[] SYLLABLES = {"bar", "ven", "tal", "mor", "kel", "sim", "dra", "lo", "fen",
        "quar", "nis", "tor", "pel", "vin", "ash", "rud", "mel", "cor", "thi", "gal", "bre", "zon", "ul",
        "wick", "ham", "sted", "ford", "ley", "ton", "dale"};
    /** Made-up names: places, people and things that each turn up in only a few articles. */
    static final int RARE_WORDS = 200_000;

    /** The share of words taken from the made-up names, as proper nouns make up a real paper's rarer words. */
    private static final double RARE_SHARE = 0.15;

    private final String[] vocabulary;
    private final String[] rare = new String[RARE_WORDS];
    private final SyntheticArticles.Zipf words;
    private final SyntheticArticles.Zipf rareWords;
    private final Random random;

    SyntheticText(Random random) {
        this.random = random;
        List<String> all = new ArrayList<>(List.of(COMMON.trim().split("\\s+")));
        all.addAll(List.of(NEWS.trim().split("\\s+")));
        vocabulary = all.toArray(String[]::new);
        for (int i = 0; i < RARE_WORDS; i++) {
            rare[i] = rareWord(i);
        }
        words = new SyntheticArticles.Zipf(vocabulary.length, 1.0, random);
        rareWords = new SyntheticArticles.Zipf(RARE_WORDS, 1.0, random);
    }

    private String word() {
        return random.nextDouble() < RARE_SHARE ? rare[rareWords.next()] : vocabulary[words.next()];
    }

    /** A pronounceable made-up word, the same for the same number. */
    static String rareWord(int i) {
        StringBuilder word = new StringBuilder();
        int n = i;
        do {
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return word.length() < 5 ? word.append("ton").toString() : word.toString();
    }

    /** Three to five paragraphs of three to five sentences each. */
    String body() {
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            int sentences = 3 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                sentence(body);
            }
        }
        return body.toString();
    }

    String sentence() {
        StringBuilder out = new StringBuilder();
        sentence(out);
        return out.toString();
    }

    private void sentence(StringBuilder out) {
        int length = 7 + random.nextInt(12);
        int phraseAt = random.nextInt(3) == 0 ? random.nextInt(length) : -1;
        int start = out.length();
        for (int w = 0; w < length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            out.append(w == phraseAt ? PHRASES[random.nextInt(PHRASES.length)] : word());
        }
        out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
        out.append('.');
    }
}
