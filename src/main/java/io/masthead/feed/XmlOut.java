package io.masthead.feed;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small streaming XML writer for feeds and sitemaps. The StAX writer escapes markup
 * characters; every text and attribute also passes through {@link XmlText#legal}, so no
 * value can make the document ill-formed.
 */
final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    XmlOut(OutputStream out) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut start(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut attribute(String name, String value) {
        try {
            xml.writeAttribute(name, XmlText.legal(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut text(String value) {
        try {
            xml.writeCharacters(XmlText.legal(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /**
     * Text a feed reader will read as HTML (RSS titles, descriptions, names): escaped as HTML first
     * and then as XML, so what the reader decodes is the plain text again, never markup. Written
     * only once, {@code <img src=x onerror=...>} in a dek came out of a reader as a live element.
     */
    XmlOut html(String value) {
        return text(escapeHtml(value));
    }

    /** {@code <name>value</name>} as {@link #html}, or nothing when there is no value. */
    XmlOut htmlElement(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return start(name).html(value).end();
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code <name>value</name>}, or nothing when there is no value. */
    XmlOut element(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return start(name).text(value).end();
    }

    void flush() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static RuntimeException failed(XMLStreamException e) {
        // The writer only fails when the client went away mid-stream.
        return new UncheckedIOException(new IOException(e.getMessage(), e));
    }
}
