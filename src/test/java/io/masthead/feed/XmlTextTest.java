package io.masthead.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import io.masthead.support.Hostile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlTextTest {

    static final String HOSTILE = Hostile.TEXT;

    @Test
    void dropsWhatXmlForbidsAndKeepsEverythingElse() {
        assertEquals("<script>alert('x')</script> & \"q\" ]]> </script><!--  lone  📰 مرحبا \u202Eevil\u202C\ttab\nline",
                XmlText.legal(HOSTILE));
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Budget deal — 📰 “quoted” café";
        assertSame(clean, XmlText.legal(clean));
        assertEquals("", XmlText.legal(null));
        assertEquals("", XmlText.legal("\u0000\u0008"));
        assertEquals("a😀", XmlText.legal("a\uDE00😀\uD83D"));
    }

    @Test
    void writtenTextAndAttributesParseBackToTheCleanText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlOut xml = new XmlOut(bytes)) {
            xml.start("root").attribute("title", HOSTILE).text(HOSTILE).end();
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(XmlText.legal(HOSTILE), doc.getDocumentElement().getTextContent());
        // Attribute values are normalized by the parser: tab and newline read back as spaces.
        assertEquals(XmlText.legal(HOSTILE).replace('\t', ' ').replace('\n', ' '),
                doc.getDocumentElement().getAttribute("title"));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(-1, text.indexOf("<script>"));
    }
}
