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
