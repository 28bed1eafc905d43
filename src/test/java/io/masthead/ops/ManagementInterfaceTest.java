package io.masthead.ops;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URL;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Metrics name routes, pools and error rates: by default only this machine reaches them. */
@QuarkusTest
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", metrics.getPort()), 5_000);
        }
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(external.isPresent(), "this machine has no other interface to try");
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), metrics.getPort()), 5_000);
            }
        }, "reachable on " + external.get());
    }
}
