package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateExtensionsTest {

    @Test
    void videoDurationsReadLikeAClock() {
        assertEquals("0:05", TemplateExtensions.clock(5));
        assertEquals("2:05", TemplateExtensions.clock(125));
        assertEquals("10:00", TemplateExtensions.clock(600));
        assertEquals("1:02:05", TemplateExtensions.clock(3725));
        assertEquals("12:00:00", TemplateExtensions.clock(43200));
    }
}
