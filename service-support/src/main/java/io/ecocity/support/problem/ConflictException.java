package io.ecocity.support.problem;

/** The request is well formed but conflicts with the state of the resource (answered 409, nothing changes). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
