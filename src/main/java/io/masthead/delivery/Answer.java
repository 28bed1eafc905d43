package io.masthead.delivery;

import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.OutputStream;

/** What a {@link PublicPage} answers: a page, a document, a stream, a stored file, or a redirect. */
public sealed interface Answer {

    /** An HTML page, rendered from its template. */
    record Page(TemplateInstance template, Freshness freshness, Reach reach) implements Answer {
    }

    /** A whole document (a feed, the sitemap index, robots.txt), kept like a page. */
    record Document(byte[] body, String contentType, Freshness freshness, Reach reach) implements Answer {
    }

    /** A document too big to hold, written as it is read (a sitemap page); never kept. */
    record Stream(String contentType, Freshness freshness, Writer writer) implements Answer {
    }

    /** A stored file that never changes under its name (an image variant), sent as it is. */
    record File(java.nio.file.Path path, String contentType, String etag) implements Answer {
    }

    /** A permanent redirect to the page's canonical address. */
    record Redirect(String location) implements Answer {
    }

    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    static Answer page(TemplateInstance template, Freshness freshness, Reach reach) {
        return new Page(template, freshness, reach);
    }

    static Answer document(String body, String contentType, Freshness freshness, Reach reach) {
        return new Document(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType, freshness, reach);
    }

    static Answer redirect(String location) {
        return new Redirect(location);
    }
}
