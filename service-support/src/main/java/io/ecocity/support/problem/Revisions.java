package io.ecocity.support.problem;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Conditional updates: a resource's {@code ETag} is its revision, quoted; an update that carries {@code If-Match}
 * is refused (412) when that revision is no longer current, and two updates that read the same revision cannot
 * both commit (the row's JPA {@code @Version}: the second one answers 409).
 */
public final class Revisions {

    private Revisions() {
    }

    /** The revision an {@code If-Match} header names, or {@code null} when there is none (or it is {@code *}). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (tag.isEmpty() || tag.length() > 19 || !tag.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("If-Match", "If-Match must be an ETag this API issued, e.g. \"3\"");
        }
        return Long.parseLong(tag);
    }

    /** The {@code ETag} value of a revision. */
    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** Refuses the update when {@code expected} is given and is not {@code current}. */
    public static void check(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new StaleRevisionException(what + " is at revision " + current + ", not " + expected
                    + " (If-Match); read it again and apply the change to what it is now");
        }
    }

    /** Flushes so that a concurrent update of the same rows is detected here and answered 409, not at commit. */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(what + " was changed by another request at the same moment; read it again");
        }
    }
}
