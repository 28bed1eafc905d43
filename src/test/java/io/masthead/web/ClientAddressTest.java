package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    final ClientAddress behindProxy = new ClientAddress(true, Optional.of(List.of("10.0.0.5", "172.18.0.0/16")));

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        // What nginx passes on when a client sends its own X-Forwarded-For: the spoofed part is left of the real one.
        assertEquals("192.0.2.10", behindProxy.resolve("10.0.0.5", List.of("10.66.0.7, 192.0.2.10")));
        assertEquals("192.0.2.10", behindProxy.resolve("10.0.0.5", List.of("10.66.0.7", "192.0.2.10")));
        // Two trusted proxies in a row.
        assertEquals("198.51.100.4", behindProxy.resolve("10.0.0.5", List.of("1.1.1.1, 198.51.100.4, 172.18.3.9")));
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientWhateverItClaims() {
        assertEquals("203.0.113.9", behindProxy.resolve("203.0.113.9", List.of("10.0.0.5, 1.2.3.4")));
        ClientAddress direct = new ClientAddress(false, Optional.of(List.of("10.0.0.5")));
        assertEquals("10.0.0.5", direct.resolve("10.0.0.5", List.of("1.2.3.4")));
        assertFalse(direct.isTrusted("10.0.0.5"));
    }

    @Test
    void garbageInTheHeaderStopsTheWalkAtTheProxyThatPassedItOn() {
        assertEquals("10.0.0.5", behindProxy.resolve("10.0.0.5", List.of("unknown")));
        assertEquals("192.0.2.1", behindProxy.resolve("10.0.0.5", List.of("evil.example, 192.0.2.1")));
        assertEquals("10.0.0.5", behindProxy.resolve("10.0.0.5", List.of("<script>")));
        assertEquals("192.0.2.1", behindProxy.resolve("10.0.0.5", List.of("192.0.2.1:4711")));
        assertEquals("2001:db8::1", behindProxy.resolve("10.0.0.5", List.of("[2001:db8::1]:4711")));
    }

    @Test
    void trustedEntriesAreAddressesRangesAndNames() {
        assertTrue(behindProxy.isTrusted("172.18.200.1"));
        assertFalse(behindProxy.isTrusted("172.19.0.1"));
        ClientAddress named = new ClientAddress(true, Optional.of(List.of("localhost")));
        assertTrue(named.isTrusted("127.0.0.1"));
    }

    @Test
    void budgetsCountAnIpv6SubscriberByItsSlash64() {
        assertEquals(ClientAddress.budgetKey("2001:db8:1:2::1"), ClientAddress.budgetKey("2001:db8:1:2:ffff::9"));
        assertFalse(ClientAddress.budgetKey("2001:db8:1:2::1").equals(ClientAddress.budgetKey("2001:db8:1:3::1")));
        assertEquals("192.0.2.1", ClientAddress.budgetKey("192.0.2.1"));
    }
}
