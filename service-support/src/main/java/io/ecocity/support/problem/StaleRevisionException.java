package io.ecocity.support.problem;

/** An update carried {@code If-Match} with a revision that is no longer the current one (answered 412). */
public class StaleRevisionException extends RuntimeException {

    public StaleRevisionException(String detail) {
        super(detail);
    }
}
