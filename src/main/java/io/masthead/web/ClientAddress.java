package io.masthead.web;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, for the login throttle, the audit log and the view
 * budget. X-Forwarded-For is believed only from the proxies in {@code quarkus.http.proxy.trusted-proxies}
 * (with {@code quarkus.http.proxy.proxy-address-forwarding} on), and only up to the right-most
 * address that is not one of them: everything left of it was written by the client and proves nothing.
 * Quarkus itself takes the left-most entry, which a client chooses, so its remote address is not used.
 */
@ApplicationScoped
public class ClientAddress {

    private static final String KEY = "masthead.client-address";
    private static final long RESOLVE_EVERY_MILLIS = 30_000;

    private final boolean forwarding;
    private final List<String> trustedEntries;
    private volatile List<IpSubnetFilterRule> trusted = List.of();
    private volatile long resolvedAt;

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding;
        this.trustedEntries = trustedProxies.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The client's address as text (an IP literal), computed once per request. */
    public String of(RoutingContext ctx) {
        String known = ctx.get(KEY);
        if (known == null) {
            known = of(ctx.request());
            ctx.put(KEY, known);
        }
        return known;
    }

    public String of(HttpServerRequest request) {
        // The connection's own peer: Quarkus's forwarded-header wrapper rewrites request.remoteAddress().
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        String peerHost = peer == null ? "unknown" : strip(peer.hostAddress() != null ? peer.hostAddress() : peer.host());
        return resolve(peerHost, forwarding ? request.headers().getAll("X-Forwarded-For") : List.of());
    }

    /** Walks X-Forwarded-For from the right while each hop is a trusted proxy; the first untrusted hop is the client. */
    String resolve(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = strip(hops.get(i));
            if (NetUtil.createInetAddressFromIpAddressString(hop) == null) {
                // Not an address (unknown, a name, garbage): the proxy that passed it on is what we know.
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /**
     * What budgets and throttles count by: the address itself, or its /64 for IPv6, since one
     * subscriber usually holds a whole /64 and could otherwise use a fresh address per request.
     */
    public static String budgetKey(String address) {
        InetAddress ip = NetUtil.createInetAddressFromIpAddressString(address);
        if (ip instanceof Inet6Address) {
            byte[] bytes = ip.getAddress();
            for (int i = 8; i < 16; i++) {
                bytes[i] = 0;
            }
            return NetUtil.bytesToIpAddress(bytes) + "/64";
        }
        return address;
    }

    boolean isTrusted(String address) {
        if (!forwarding) {
            return false;
        }
        InetAddress ip = NetUtil.createInetAddressFromIpAddressString(address);
        if (ip == null) {
            return false;
        }
        if (trustedEntries.isEmpty()) {
            // Quarkus believes every peer when no list is configured; so do we, up to the right-most hop.
            return true;
        }
        InetSocketAddress socket = new InetSocketAddress(ip, 0);
        return rules().stream().anyMatch(rule -> rule.matches(socket));
    }

    /** Host names (a compose service name) are looked up again now and then, as containers come and go. */
    private List<IpSubnetFilterRule> rules() {
        long now = System.currentTimeMillis();
        if (now - resolvedAt > RESOLVE_EVERY_MILLIS) {
            List<IpSubnetFilterRule> rules = new ArrayList<>();
            for (String entry : trustedEntries) {
                rules.addAll(rulesFor(entry));
            }
            trusted = List.copyOf(rules);
            resolvedAt = now;
        }
        return trusted;
    }

    private static List<IpSubnetFilterRule> rulesFor(String entry) {
        String value = entry;
        int slash = value.indexOf('/');
        if (slash > 0) {
            String base = value.substring(0, slash);
            int bits = Integer.parseInt(value.substring(slash + 1));
            return List.of(new IpSubnetFilterRule(base, bits, IpFilterRuleType.ACCEPT));
        }
        // "host:port" as Quarkus allows: the port says nothing about who the client is.
        if (value.indexOf(':') == value.lastIndexOf(':') && value.indexOf(':') > 0) {
            value = value.substring(0, value.indexOf(':'));
        }
        InetAddress literal = NetUtil.createInetAddressFromIpAddressString(strip(value));
        if (literal != null) {
            return List.of(rule(literal));
        }
        try {
            List<IpSubnetFilterRule> rules = new ArrayList<>();
            for (InetAddress address : InetAddress.getAllByName(value)) {
                rules.add(rule(address));
            }
            return rules;
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    private static IpSubnetFilterRule rule(InetAddress address) {
        return new IpSubnetFilterRule(address, address instanceof Inet6Address ? 128 : 32, IpFilterRuleType.ACCEPT);
    }

    /** "[::1]:8080", "1.2.3.4:5678" and "[::1]" to the bare address. */
    private static String strip(String hop) {
        String value = hop.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(1, end) : value;
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon == value.lastIndexOf(':')) {
            return value.substring(0, colon);
        }
        return value;
    }
}
