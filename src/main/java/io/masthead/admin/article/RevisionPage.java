package io.masthead.admin.article;

import io.masthead.article.Article;
import java.util.List;
import java.util.stream.Stream;

/**
 * A revision beside the version it is compared with (the one saved before it, or the piece as it
 * is now): each field's words, with what changed marked.
 */
public record RevisionPage(Article article, ArticleRevision revision, ArticleRevision compared, boolean againstCurrent,
        List<FieldDiff> fields) {

    public record FieldDiff(String label, List<WordDiff.Run> runs) {

        public boolean changed() {
            return WordDiff.changed(runs);
        }
    }

    /** The changes that take {@code from} to {@code to}, field by field. */
    static RevisionPage of(Article article, ArticleRevision revision, ArticleRevision from, ArticleRevision to,
            boolean againstCurrent) {
        ArticleRevision before = from == null ? new ArticleRevision() : from;
        List<FieldDiff> fields = Stream.of(
                diff("Headline", before.headline, to.headline),
                diff("Dek", before.dek, to.dek),
                diff("Body", before.bodyMarkdown, to.bodyMarkdown),
                diff("Authors", before.authors, to.authors),
                diff("Tags", before.tags, to.tags),
                diff("Author note", before.authorNote, to.authorNote),
                diff("Slug", before.slug, to.slug),
                diff("Alt text", before.leadAlt, to.leadAlt),
                diff("Caption", before.leadCaption, to.leadCaption),
                diff("Credit", before.leadCredit, to.leadCredit)).toList();
        return new RevisionPage(article, revision, from, againstCurrent, fields);
    }

    private static FieldDiff diff(String label, String before, String after) {
        return new FieldDiff(label, WordDiff.between(before == null ? "" : before, after == null ? "" : after));
    }

    public boolean live() {
        return article.status == io.masthead.article.ArticleStatus.PUBLISHED;
    }

    public boolean anyChange() {
        return fields.stream().anyMatch(FieldDiff::changed);
    }
}
