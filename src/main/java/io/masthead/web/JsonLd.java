package io.masthead.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.qute.RawString;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Structured data as {@code <script type="application/ld+json">} elements. Serialized by Jackson, never by
 * concatenation, and with {@code < > &} written as unicode escapes: a headline holding {@code </script>} or
 * {@code <!--} cannot end the element early, so the JSON can be printed into the page unescaped.
 */
public final class JsonLd {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new ScriptSafeEscapes());

    private JsonLd() {
    }

    /** One script element per node; a page may describe itself and its breadcrumbs separately. */
    public static RawString script(Object... nodes) {
        return new RawString(Arrays.stream(nodes)
                .map(node -> "<script type=\"application/ld+json\">" + json(node) + "</script>")
                .collect(Collectors.joining("\n")));
    }

    /** The node as JSON that is safe inside a script element. */
    public static String json(Object node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        /** Line and paragraph separators are legal JSON but end a line in older JavaScript parsers. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
