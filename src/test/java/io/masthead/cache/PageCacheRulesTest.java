package io.masthead.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The data cache's rules where a content change races a load or a render. */
@QuarkusTest
class PageCacheRulesTest {

    @Inject
    PageCache cache;

    @Inject
    Engine engine;

    @Test
    void htmlRenderedFromOtherDataIsNeverReused() {
        String key = "test-card:" + System.nanoTime();
        assertEquals("old headline", cache.renderedHtml(key, "story as read before the edit",
                () -> engine.parse("{h}").data("h", "old headline")).getValue());
        assertEquals("new headline", cache.renderedHtml(key, "story as edited",
                () -> engine.parse("{h}").data("h", "new headline")).getValue(), "rendered afresh for changed data");
        assertEquals("new headline", cache.renderedHtml(key, "story as edited",
                () -> engine.parse("{h}").data("h", "not rendered again")).getValue(), "kept for the same data");
    }

    @Test
    void aLoadStartedBeforeAChangeIsNotWaitedForAfterIt() throws Exception {
        String key = "test-load:" + System.nanoTime();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> before = CompletableFuture.supplyAsync(() -> cache.fragment(key, () -> {
            reading.countDown();
            await(release);
            return "read before the change";
        }));
        assertEquals(true, reading.await(5, TimeUnit.SECONDS));

        cache.clear();
        assertEquals("read after the change", cache.fragment(key, () -> "read after the change"));

        release.countDown();
        assertEquals("read before the change", before.get(5, TimeUnit.SECONDS));
        assertEquals("read after the change", cache.fragment(key, () -> "loaded again"),
                "the load from before the change was not kept");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
