package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.feed.XmlText;
import io.masthead.support.Hostile;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aLineLosesControlCharactersNoncharactersAndLoneSurrogates() {
        assertEquals("<script>alert('x')</script> & \"q\" ]]> </script><!--  lone  📰 مرحبا \u202Eevil\u202C tab line",
                PlainText.line(Hostile.TEXT));
        assertEquals("a b c", PlainText.line("a\r\n\tb\u2028c"));
        assertEquals("trimmed", PlainText.line(" \u0001 trimmed\n"));
        assertEquals("x", PlainText.line("x\u007F\u0085\u009F\uFDD0\uFDEF\uDBFF\uDFFF"));
        assertEquals("a😀", PlainText.line("a\uDE00😀\uD83D"));
        assertEquals("", PlainText.line("\u0000\u0008"));
        assertNull(PlainText.line(null));
    }

    @Test
    void textKeepsTabsAndLineBreaksAsLineFeeds() {
        assertEquals("  indented\n\ttab\nwindows\nold mac\n", PlainText.text("  indented\n\ttab\r\nwindows\rold mac\n\u0000\u000B\u000C"));
        assertEquals("<script>alert('x')</script> & \"q\" ]]> </script><!--  lone  📰 مرحبا \u202Eevil\u202C\ttab\nline",
                PlainText.text(Hostile.TEXT));
        assertNull(PlainText.text(null));
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Budget deal — 📰 “quoted” café, \u202Bمرحبا\u202C";
        assertSame(clean, PlainText.line(clean));
        assertSame(clean, PlainText.text(clean));
    }

    @Test
    void whatIsKeptIsLegalInXmlAndUnchangedByASecondPass() {
        String line = PlainText.line(Hostile.TEXT);
        String text = PlainText.text(Hostile.TEXT);
        assertSame(line, XmlText.legal(line));
        assertSame(text, XmlText.legal(text));
        assertSame(line, PlainText.line(line));
        assertSame(text, PlainText.text(text));
        assertTrue(line.chars().noneMatch(c -> c < 0x20));
    }
}
