package io.masthead.search.lucene;

import io.masthead.search.HtmlText;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Articles as the index holds them: read from the database with plain JDBC (a rebuild reads a
 * million rows), turned into documents. Nothing is stored in the index but ids and the values
 * searches filter and sort on; pages read what they show from the database.
 */
final class ArticleDocuments {

    static final String KEY = "key";
    static final String ID = "id";
    /**
     * Headline, dek and body in one field, the headline three times and the dek twice: BM25 then
     * weighs a headline's words most, and each word of a query is one term with block-max scores,
     * so Lucene skips what cannot make the first page even for two common words (one clause per
     * field and word made it score every document that had both).
     */
    static final String TEXT = "text";
    /** The same values, two neighbouring words a term ({@link Analyzers#PAIRS}): what quoted phrases look up. */
    static final String TEXT_PAIRS = "text_pairs";
    static final int HEADLINE_WEIGHT = 3;
    static final int DEK_WEIGHT = 2;
    static final String BYLINE = "byline";
    /** Unstemmed words of published articles only: the vocabulary "Did you mean" draws on. */
    static final String WORDS = "words";
    static final String STATUS = "status";
    static final String KIND = "kind";
    static final String SECTION = "section";
    static final String ROOT_SECTION = "root_section";
    static final String AUTHOR = "author";
    static final String OWNER = "owner";
    /** Publication time in microseconds; newsroom searches sort and weigh recency by {@link #MODIFIED}. */
    static final String PUBLISHED = "published";
    static final String MODIFIED = "modified";
    /** On every document readers may not find: a sparse term, cheap to leave out. */
    static final String UNLISTED = "unlisted";

    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.freeze();
    }

    private static final String SELECT = """
            select id, headline, dek, body_html, kind, status, section_id, root_section_id, published_at,
                   modified_at, created_by
            from article""";

    record Byline(long authorId, String name) {
    }

    record Row(long id, String headline, String dek, String bodyHtml, String kind, String status, long sectionId,
            long rootSectionId, Instant publishedAt, Instant modifiedAt, Long createdBy, List<Byline> bylines) {
    }

    private ArticleDocuments() {
    }

    static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    /** The articles as they are now: updated in the index, or deleted from it when their row is gone. */
    static void reindex(IndexWriter writer, Connection c, List<Long> ids) throws SQLException, IOException {
        Map<Long, Row> rows = byIds(c, ids);
        for (long id : ids) {
            Row row = rows.get(id);
            if (row == null) {
                writer.deleteDocuments(key(id));
            } else {
                writer.updateDocument(key(id), document(row));
            }
        }
    }

    /** The articles with these ids that still exist, with their bylines. */
    static Map<Long, Row> byIds(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, List<Byline>> bylines = bylines(c,
                "select aa.article_id, aa.author_id, au.name from article_author aa join author au on au.id = aa.author_id"
                        + " where aa.article_id in (" + marks + ") order by aa.article_id, aa.position", ids);
        return rows(c, SELECT + " where id in (" + marks + ")", ids, bylines);
    }

    /** The articles with ids in [from, to), for a rebuild. */
    static Map<Long, Row> inRange(Connection c, long from, long to) throws SQLException {
        List<Long> bounds = List.of(from, to);
        Map<Long, List<Byline>> bylines = bylines(c,
                "select aa.article_id, aa.author_id, au.name from article_author aa join author au on au.id = aa.author_id"
                        + " where aa.article_id >= ? and aa.article_id < ? order by aa.article_id, aa.position", bounds);
        return rows(c, SELECT + " where id >= ? and id < ? order by id", bounds, bylines);
    }

    private static Map<Long, Row> rows(Connection c, String sql, Collection<Long> params, Map<Long, List<Byline>> bylines)
            throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement s = bind(c.prepareStatement(sql), params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long owner = rs.getLong(11);
                rows.put(id, new Row(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8), instant(rs, 9), instant(rs, 10),
                        rs.wasNull() ? null : owner, bylines.getOrDefault(id, List.of())));
            }
        }
        return rows;
    }

    private static Map<Long, List<Byline>> bylines(Connection c, String sql, Collection<Long> params) throws SQLException {
        Map<Long, List<Byline>> bylines = new HashMap<>();
        try (PreparedStatement s = bind(c.prepareStatement(sql), params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                bylines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Byline(rs.getLong(2), rs.getString(3)));
            }
        }
        return bylines;
    }

    private static PreparedStatement bind(PreparedStatement s, Collection<Long> params) throws SQLException {
        int i = 1;
        for (Long value : params) {
            s.setLong(i++, value);
        }
        return s;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    static Document document(Row row) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(row.id()), Field.Store.NO));
        doc.add(new LongField(ID, row.id(), Field.Store.NO));
        String body = HtmlText.of(row.bodyHtml());
        String dek = row.dek() == null ? "" : row.dek();
        for (String field : List.of(TEXT, TEXT_PAIRS)) {
            for (int i = 0; i < HEADLINE_WEIGHT; i++) {
                doc.add(new TextField(field, row.headline(), Field.Store.NO));
            }
            for (int i = 0; i < DEK_WEIGHT && !dek.isEmpty(); i++) {
                doc.add(new TextField(field, dek, Field.Store.NO));
            }
            doc.add(new TextField(field, body, Field.Store.NO));
        }
        for (Byline byline : row.bylines()) {
            doc.add(new TextField(BYLINE, byline.name(), Field.Store.NO));
            doc.add(new LongField(AUTHOR, byline.authorId(), Field.Store.NO));
        }
        doc.add(new StringField(STATUS, row.status(), Field.Store.NO));
        doc.add(new StringField(KIND, row.kind(), Field.Store.NO));
        doc.add(new LongField(SECTION, row.sectionId(), Field.Store.NO));
        doc.add(new LongField(ROOT_SECTION, row.rootSectionId(), Field.Store.NO));
        if (row.createdBy() != null) {
            doc.add(new LongField(OWNER, row.createdBy(), Field.Store.NO));
        }
        if (row.publishedAt() != null) {
            doc.add(new LongField(PUBLISHED, micros(row.publishedAt()), Field.Store.NO));
        }
        doc.add(new LongField(MODIFIED, micros(row.modifiedAt()), Field.Store.NO));
        if ("PUBLISHED".equals(row.status())) {
            doc.add(new Field(WORDS, row.headline() + "\n" + dek + "\n" + body, WORDS_TYPE));
        } else {
            doc.add(new StringField(UNLISTED, "1", Field.Store.NO));
        }
        return doc;
    }
}
