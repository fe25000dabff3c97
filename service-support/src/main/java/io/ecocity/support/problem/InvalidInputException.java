package io.ecocity.support.problem;

import java.util.List;

/** The request breaks the API's rules; answered 400 with every field that is wrong, and nothing is stored. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(message, List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
