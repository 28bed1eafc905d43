package io.masthead.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final AtomicLong now = new AtomicLong(1_000_000);
    final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), 30, 6, now::get);

    @Test
    void aPairSlowsDownThenIsRefusedForAWhile() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.allows("owner", "198.51.100.7"));
            throttle.failed("owner", "198.51.100.7");
        }
        assertFalse(throttle.allows("owner", "198.51.100.7"), "after five failures: wait a second");
        long waited = 0;
        for (int i = 0; i < 12; i++) {
            long wait = throttle.backoff(5 + i);
            now.addAndGet(wait - 1);
            assertFalse(throttle.allows("owner", "198.51.100.7"));
            now.addAndGet(1);
            waited += wait;
            assertTrue(throttle.allows("owner", "198.51.100.7"));
            throttle.failed("owner", "198.51.100.7");
        }
        assertEquals(Duration.ofMinutes(15).toMillis(), throttle.backoff(30), "the wait is capped");
        assertTrue(waited > Duration.ofMinutes(30).toMillis(), "17 guesses took " + waited / 60_000 + " minutes");
    }

    @Test
    void aStrangersFailuresNeverSlowTheOwnersAddress() {
        for (int i = 0; i < 25; i++) {
            if (throttle.allows("owner", "198.51.100.7")) {
                throttle.failed("owner", "198.51.100.7");
            }
            now.addAndGet(60_000);
        }
        assertTrue(throttle.allows("owner", "203.0.113.9"));
        assertTrue(throttle.allows("OWNER", "203.0.113.9"));
        assertFalse(throttle.allows("Owner", "198.51.100.7"), "the account's case does not reset the stranger's wait");
    }

    @Test
    void oneClientTryingManyAccountsGetsABurstThenAFewAMinute() {
        for (int i = 0; i < 30; i++) {
            assertTrue(throttle.allows("account-" + i, "192.0.2.44"));
            throttle.failed("account-" + i, "192.0.2.44");
        }
        assertFalse(throttle.allows("account-x", "192.0.2.44"));
        assertTrue(throttle.allows("account-x", "192.0.2.45"), "another client is not affected");
        now.addAndGet(10_000);
        assertTrue(throttle.allows("account-x", "192.0.2.44"), "six a minute: one every ten seconds");
        throttle.failed("account-x", "192.0.2.44");
        assertFalse(throttle.allows("account-y", "192.0.2.44"));
    }

    @Test
    void aSuccessClearsThePair() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("owner", "192.0.2.9");
        }
        now.addAndGet(1_000);
        throttle.succeeded("owner", "192.0.2.9");
        assertTrue(throttle.allows("owner", "192.0.2.9"));
        throttle.failed("owner", "192.0.2.9");
        assertTrue(throttle.allows("owner", "192.0.2.9"), "back to the free failures");
    }
}
