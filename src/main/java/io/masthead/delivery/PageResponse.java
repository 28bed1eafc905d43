package io.masthead.delivery;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** How a public page goes over the wire: validator, cache headers, 304, HEAD and the chosen coding. */
final class PageResponse {

    static final String HTML = "text/html;charset=UTF-8";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Big enough that a sitemap page goes out in a few hundred writes, small enough to hold many at once. */
    private static final int STREAM_CHUNK = 64 * 1024;

    private PageResponse() {
    }

    /** A page from the page cache, in the best coding it holds that the client accepts. */
    static void send(RoutingContext ctx, CachedPage page) {
        if (!head(ctx, page.etag(), page.cacheControl())) {
            return;
        }
        HttpServerResponse response = ctx.response();
        response.headers().set(HttpHeaders.CONTENT_TYPE, page.contentType());
        ContentCoding coding = ContentCoding.choose(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING), page.hasBrotli());
        if (coding.header != null) {
            response.headers().set(HttpHeaders.CONTENT_ENCODING, coding.header);
        }
        // Wrapped, not copied: a cached page's bytes are never changed.
        end(ctx, Buffer.buffer(Unpooled.wrappedBuffer(page.bytes(coding))));
    }

    /** A page just rendered; the HTTP layer compresses it for clients that ask. */
    static void sendRendered(RoutingContext ctx, ByteBuf body, String contentType, String cacheControl, String etag) {
        if (head(ctx, etag, cacheControl)) {
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, contentType);
            end(ctx, Buffer.buffer(body));
        }
    }

    /** A stored file under an immutable name: a year in any cache; the file goes out without a copy. */
    static void sendFile(RoutingContext ctx, Answer.File file) {
        if (!head(ctx, file.etag(), IMMUTABLE)) {
            return;
        }
        ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, file.contentType());
        if (ctx.request().method() == HttpMethod.HEAD) {
            try {
                ctx.response().headers().set(HttpHeaders.CONTENT_LENGTH, String.valueOf(java.nio.file.Files.size(file.path())));
            } catch (IOException e) {
                ctx.response().setStatusCode(404);
            }
            ctx.response().end();
            return;
        }
        ctx.response().sendFile(file.path().toString());
    }

    /** A document written as it is read, in chunks (on a worker). */
    static void stream(RoutingContext ctx, Answer.Stream stream) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true).headers()
                .set(HttpHeaders.CONTENT_TYPE, stream.contentType())
                .set(HttpHeaders.CACHE_CONTROL, stream.freshness().cacheControl);
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.end();
            return;
        }
        try (OutputStream out = new ChunkedOutput(response)) {
            stream.writer().writeTo(out);
        } catch (IOException | RuntimeException e) {
            // The status line is gone already: all that is left is to cut the response short.
            Log.warnf("Streaming %s failed: %s", io.masthead.web.LogText.of(ctx.request().path()), io.masthead.web.LogText.of(e));
            response.reset();
            return;
        }
        response.end();
    }

    /** Sets the validator and cache headers; answers 304 and returns false when the reader's copy is current. */
    private static boolean head(RoutingContext ctx, String etag, String cacheControl) {
        HttpServerResponse response = ctx.response();
        response.headers()
                .set(HttpHeaders.ETAG, etag)
                .set(HttpHeaders.CACHE_CONTROL, cacheControl)
                .set(HttpHeaders.VARY, "Accept-Encoding");
        if (etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return false;
        }
        return true;
    }

    private static void end(RoutingContext ctx, Buffer body) {
        HttpServerResponse response = ctx.response();
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.headers().set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
            response.end();
        } else {
            response.end(body);
        }
    }

    /**
     * A strong validator from two independent 32-bit checksums (both CPU intrinsics) and the
     * length: a cryptographic digest cost more than the rest of a cold page's bookkeeping, and
     * an ETag only has to tell one version of a page from the next.
     */
    static String etag(ByteBuffer body) {
        int length = body.remaining();
        CRC32 crc32 = new CRC32();
        crc32.update(body.duplicate());
        CRC32C crc32c = new CRC32C();
        crc32c.update(body);
        return "\"" + Long.toHexString(crc32.getValue() << 32 | crc32c.getValue()) + "-" + Integer.toHexString(length) + "\"";
    }

    /** Bytes to the response in chunks; each write waits while the client is behind, so memory stays bounded. */
    private static final class ChunkedOutput extends OutputStream {
        private final HttpServerResponse response;
        private final ByteBuf pending = Unpooled.buffer(STREAM_CHUNK);

        ChunkedOutput(HttpServerResponse response) {
            this.response = response;
        }

        @Override
        public void write(int b) {
            pending.writeByte(b);
            flushIfFull();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            pending.writeBytes(bytes, offset, length);
            flushIfFull();
        }

        private void flushIfFull() {
            if (pending.readableBytes() >= STREAM_CHUNK) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (pending.readableBytes() == 0) {
                return;
            }
            byte[] chunk = new byte[pending.readableBytes()];
            pending.readBytes(chunk);
            pending.clear();
            try {
                response.write(Buffer.buffer(chunk)).toCompletionStage().toCompletableFuture().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while streaming", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the client went away", e.getCause());
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
