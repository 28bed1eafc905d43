package io.masthead.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a template straight into UTF-8 bytes. Qute's {@code render()} builds the page in a
 * StringBuilder (two bytes a character as soon as one curly quote appears), copies that into a
 * String and the String into bytes: page-sized copies that were most of a cold render's garbage.
 * Here each piece of output is appended as UTF-8 to one buffer, sized from the template's last page.
 *
 * <p>The big pieces of a page are the same objects render after render (an article's body, the
 * shared header, footer and rails), and encoding them was a third of a cold render: a string
 * holding one "©" or "·" is encoded a byte at a time. Their bytes are kept for as long as the
 * string itself lives (weak keys compare by identity).
 */
final class Utf8Render {

    private static final int FIRST_GUESS = 32 * 1024;
    private static final int WORTH_KEEPING = 256;
    private static final Map<Template, Integer> LAST_SIZE = new ConcurrentHashMap<>();
    private static final Cache<String, byte[]> ENCODED = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String piece, byte[] bytes) -> bytes.length)
            .build();

    private Utf8Render() {
    }

    static ByteBuf render(TemplateInstance page) {
        Template template = page.getTemplate();
        ByteBuf out = Unpooled.buffer(LAST_SIZE.getOrDefault(template, FIRST_GUESS) + 1024);
        try {
            page.consume(piece -> out.writeBytes(encode(piece))).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LAST_SIZE.put(template, out.readableBytes());
        return out;
    }

    private static byte[] encode(String piece) {
        if (piece.length() < WORTH_KEEPING) {
            return piece.getBytes(StandardCharsets.UTF_8);
        }
        return ENCODED.get(piece, big -> big.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] renderBytes(TemplateInstance page) {
        return ByteBufUtil.getBytes(render(page));
    }
}
