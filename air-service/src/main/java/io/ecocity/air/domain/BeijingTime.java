package io.ecocity.air.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Beijing natural days and the end-of-hour labelling of hourly values: the value labelled 01:00 covers
 * 00:00–01:00, so day D holds the values labelled D 01:00 … D 24:00, i.e. instants in (D 00:00, D+1 00:00].
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {
    }

    /** The instant that labels the hourly value of {@code day} ending at {@code hour} (1 … 24). */
    public static Instant hourEnd(LocalDate day, int hour) {
        if (hour < 1 || hour > 24) {
            throw new IllegalArgumentException("hour of day must be 1..24, was " + hour);
        }
        return day.atStartOfDay(ZONE).toInstant().plus(Duration.ofHours(hour));
    }

    /** The natural day an hourly value labelled {@code hourEnd} belongs to: 24:00 still belongs to the day before. */
    public static LocalDate dayOfHourEnding(Instant hourEnd) {
        requireWholeHour(hourEnd);
        return hourEnd.minus(Duration.ofHours(1)).atZone(ZONE).toLocalDate();
    }

    public static void requireWholeHour(Instant instant) {
        // Asia/Shanghai is a whole-hour offset from UTC, so a whole UTC hour is a whole Beijing hour.
        if (instant.getEpochSecond() % 3600 != 0 || instant.getNano() != 0) {
            throw new IllegalArgumentException("an hourly value is labelled by a whole hour, not " + instant);
        }
    }
}
