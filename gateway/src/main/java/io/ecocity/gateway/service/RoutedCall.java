package io.ecocity.gateway.service;

import java.util.List;
import java.util.Map;

/** A request to pass through to a domain service, and what came back. */
public final class RoutedCall {

    private RoutedCall() {
    }

    /** {@code pathAndQuery} is everything after the service's base URL, e.g. {@code /api/air/stations?limit=5}. */
    public record Request(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

        /** Reads that change nothing may be sent again; a write may have been applied although no answer came. */
        public boolean idempotentRead() {
            return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        }
    }

    public record Response(int status, Map<String, List<String>> headers, byte[] body, int attempts) {
    }

    /** The service could not be asked: it does not answer, or its circuit is open. */
    public static final class ServiceUnavailableException extends RuntimeException {
        private final String domain;
        private final Long retryAfterSeconds;

        public ServiceUnavailableException(String domain, String detail, Long retryAfterSeconds) {
            super(detail);
            this.domain = domain;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public String domain() {
            return domain;
        }

        public Long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The service accepted the connection but did not answer within the timeout. */
    public static final class ServiceTimeoutException extends RuntimeException {
        private final String domain;

        public ServiceTimeoutException(String domain, String detail) {
            super(detail);
            this.domain = domain;
        }

        public String domain() {
            return domain;
        }
    }
}
