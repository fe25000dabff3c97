package io.ecocity.support.events;

/** The event itself is wrong (malformed, unknown type, invalid content): retrying cannot help, it goes to the DLQ. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
