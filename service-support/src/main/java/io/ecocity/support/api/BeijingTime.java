package io.ecocity.support.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The suite's clock conventions: instants are stored in UTC; days, months and years are Beijing natural periods; an
 * hourly value is labelled by the end of its hour, so a natural day holds the values labelled 01:00 … 24:00.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private BeijingTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(OFFSET);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The natural day an instant falls in. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The natural day an hourly value labelled by the end of its hour belongs to (24:00 is still the day before). */
    public static LocalDate dayOfHourEnding(Instant hourEnd) {
        return hourEnd.minusSeconds(1).atZone(ZONE).toLocalDate();
    }

    /** Start of a natural day, as an instant. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
