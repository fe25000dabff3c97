package io.ecocity.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing wrong with a request: the item's index in a batch (if any), the field, and what is wrong. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer index, String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public static FieldError at(int index, String field, String message) {
        return new FieldError(index, field, message);
    }
}
