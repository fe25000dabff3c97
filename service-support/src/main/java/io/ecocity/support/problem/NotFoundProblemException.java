package io.ecocity.support.problem;

/** The resource the request names does not exist (answered 404). */
public class NotFoundProblemException extends RuntimeException {

    public NotFoundProblemException(String detail) {
        super(detail);
    }
}
