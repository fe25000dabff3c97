package io.ecocity.support.problem;

import java.net.URI;

/**
 * The request is well formed but conflicts with the state of the resource (answered 409, nothing changes); a
 * creation that meets an existing resource under the same key names it in {@code location}.
 */
public class ConflictException extends RuntimeException {

    private final URI location;

    public ConflictException(String detail) {
        this(detail, null);
    }

    public ConflictException(String detail, URI location) {
        super(detail);
        this.location = location;
    }

    /** The existing resource the request collided with, or {@code null}. */
    public URI location() {
        return location;
    }
}
