package io.ecocity.gateway.service;

import java.util.Set;

/** The headers a proxy must not pass on: hop-by-hop ones (RFC 9110 §7.6.1) and those each side's HTTP stack sets. */
public final class ServiceRouterHeaders {

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "http2-settings");

    private ServiceRouterHeaders() {
    }

    /** {@code lowerCaseName} must already be lower case. */
    public static boolean notForwarded(String lowerCaseName) {
        return NOT_FORWARDED.contains(lowerCaseName);
    }
}
