package io.ecocity.waste.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days for manifest deadlines: Monday to Friday, minus configured public holidays, plus
 * configured make-up working days (调休, weekend days that are worked). China publishes both each year,
 * so they are configuration, not code.
 */
public final class WorkingDayCalendar {

    /** Days of a deadline are Beijing natural days. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.makeUpWorkingDays = Collections.unmodifiableSet(new TreeSet<>(makeUpWorkingDays));
    }

    /** Weekends only, no holidays. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code count}-th working day after {@code start}; {@code start} itself is never counted. */
    public LocalDate addWorkingDays(LocalDate start, int count) {
        Objects.requireNonNull(start);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many working days lie after {@code start} up to and including {@code end}; 0 when {@code end} is not after it. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public static LocalDate beijingDay(Instant instant) {
        return instant.atZone(BEIJING).toLocalDate();
    }
}
