package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAndControlCharactersCannotStartALineOfTheirOwn() {
        assertEquals("x??2026-12-01 INFO LOGIN OK for admin", LogText.of("x\r\n2026-12-01 INFO LOGIN OK for admin"));
        for (String hostile : new String[] {"a\nb", "a\rb", "a\u0085b", "a\u2028b", "a\u2029b", "a\u001b[31mb", "a\u0000b",
            "a\u202eb", "a\u2066b", "a\tb", "\ud800"}) {
            String clean = LogText.of(hostile);
            assertTrue(clean.chars().noneMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x202e
                    || c == 0x2066 || Character.isSurrogate((char) c)), clean);
        }
        assertEquals("Zoë 📰", LogText.of("Zoë 📰"));
        assertEquals("-", LogText.of(null));
    }

    @Test
    void anExceptionQuotingAClientKeepsItsStackButNotItsLineBreaks() {
        Exception original = new IllegalArgumentException("bad id \"7\nINFO forged\"", new RuntimeException("cause\r\nline"));
        Throwable logged = LogText.error(original);
        assertFalse(logged.toString().contains("\n"));
        assertTrue(logged.toString().startsWith("java.lang.IllegalArgumentException: bad id"), logged.toString());
        assertFalse(logged.getCause().toString().contains("\r"));
        assertEquals(original.getStackTrace().length, logged.getStackTrace().length);
    }

    @Test
    void longValuesAreCut() {
        String cut = LogText.of("a".repeat(10_000));
        assertEquals(LogText.MAX + 1, cut.length());
        assertFalse(cut.contains("\n"));
    }
}
