package io.ecocity.support.api;

import io.ecocity.support.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code limit} and {@code cursor} of a list request. The cursor is opaque to callers: it encodes the sort key of
 * the last item of the previous page, so pages stay stable while new items arrive.
 */
public record PageRequest(int limit, String after) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;
    /** A cursor this API issues encodes one sort key: far shorter than this. */
    public static final int MAX_CURSOR_LENGTH = 512;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    public static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            throw new InvalidInputException("cursor", "cursor is not one this API issued (too long)");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "cursor is not one this API issued");
        }
    }
}
