package io.masthead.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The data cache's rules where a content change races a load or a render. */
@QuarkusTest
class DataCacheRulesTest {

    @Inject
    DataCache cache;

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
        CompletableFuture<String> before = CompletableFuture.supplyAsync(() -> cache.get(key, Reach.SINGLE, () -> {
            reading.countDown();
            await(release);
            return "read before the change";
        }));
        assertEquals(true, reading.await(5, TimeUnit.SECONDS));

        cache.changed();
        assertEquals("read after the change", cache.get(key, Reach.SINGLE, () -> "read after the change"));

        release.countDown();
        assertEquals("read before the change", before.get(5, TimeUnit.SECONDS));
        assertEquals("read after the change", cache.get(key, Reach.SINGLE, () -> "loaded again"),
                "the load from before the change was not kept");
    }

    /**
     * The shared list under an article took seconds on a million rows, and content changed more
     * often than that: every read was thrown away as soon as it finished, so every reader read
     * again. A read that outlives the next change is kept (stale), and while one reader reads it
     * again the others are given the kept value after a short wait instead of reading too.
     */
    @Test
    void aSharedValueWhoseReadOutlivesTheNextChangeIsKeptAndServedWhileOneReaderReadsAgain() throws Exception {
        String key = "test-slow:" + System.nanoTime();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> cache.get(key, Reach.SHARED, () -> {
            reading.countDown();
            await(release);
            return "first read";
        }));
        assertEquals(true, reading.await(5, TimeUnit.SECONDS));
        cache.changed();
        release.countDown();
        assertEquals("first read", slow.get(5, TimeUnit.SECONDS));

        AtomicInteger reads = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(readers.submit(() -> cache.get(key, Reach.SHARED, () -> {
                    reads.incrementAndGet();
                    sleep(2_000);
                    return "second read";
                })));
            }
            int givenTheKeptValue = 0;
            for (Future<String> answer : answers) {
                givenTheKeptValue += "first read".equals(answer.get(5, TimeUnit.SECONDS)) ? 1 : 0;
            }
            assertEquals(1, reads.get(), "one reader read again; the others did not");
            assertEquals(7, givenTheKeptValue, "the others were given the value kept from before the change");
        } finally {
            readers.shutdownNow();
        }
        assertEquals("second read", cache.get(key, Reach.SHARED, () -> "not read again"), "the new read is kept");
    }

    /** However many readers and changes, a shared value is read at most once per change. */
    @Test
    void aSharedValueIsReadAtMostOncePerChangeWhateverTheTraffic() throws Exception {
        String key = "test-busy:" + System.nanoTime();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger changes = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                running.add(readers.submit(() -> {
                    while (System.nanoTime() < until) {
                        cache.get(key, Reach.SHARED, () -> {
                            reads.incrementAndGet();
                            sleep(150);
                            return "read";
                        });
                    }
                }));
            }
            while (System.nanoTime() < until) {
                sleep(50);
                cache.changed();
                changes.incrementAndGet();
            }
            for (Future<?> reader : running) {
                reader.get(10, TimeUnit.SECONDS);
            }
        } finally {
            readers.shutdownNow();
        }
        assertTrue(reads.get() <= changes.get() + 1, reads + " reads for " + changes + " changes");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
