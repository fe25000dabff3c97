package io.ecocity.gateway.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The headers a proxy must not pass on: hop-by-hop ones (RFC 9110 §7.6.1), those each side's HTTP stack sets, and
 * those that state where a request came from, which only the gateway itself may say: a client's own
 * {@code X-Forwarded-For} or {@code Forwarded} would let it pass for another address.
 */
public final class ServiceRouterHeaders {

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "http2-settings");

    private static final Set<String> SPOOFABLE = Set.of("forwarded", "x-real-ip", "x-client-ip", "true-client-ip",
            "client-ip", "x-original-forwarded-for", "x-cluster-client-ip");

    private ServiceRouterHeaders() {
    }

    /** {@code lowerCaseName} must already be lower case. */
    public static boolean notForwarded(String lowerCaseName) {
        return NOT_FORWARDED.contains(lowerCaseName);
    }

    /**
     * A client's request headers as they may reach a domain service: without the hop-by-hop ones, without those the
     * client's {@code Connection} header names (they were meant for this hop only), and without any header that
     * says where the request came from; the gateway states that itself.
     */
    public static Map<String, List<String>> fromClient(Map<String, List<String>> headers) {
        Set<String> namedByConnection = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("connection")) {
                for (String value : values) {
                    for (String token : value.split(",")) {
                        namedByConnection.add(token.trim());
                    }
                }
            }
        });
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower) && !SPOOFABLE.contains(lower) && !lower.startsWith("x-forwarded-")
                    && !namedByConnection.contains(name)) {
                kept.put(name, values);
            }
        });
        return kept;
    }
}
