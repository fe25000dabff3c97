package io.ecocity.air.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The edition of HJ 633 (环境空气质量指数技术规定). HJ 633-2026 is in force from 2026-03-01 and abolishes
 * HJ 633-2012; data is assessed by the edition in force on its Beijing natural day unless a caller names one
 * (re-published history keeps the 2012 rules).
 */
public enum AqiEdition {
    HJ633_2012("HJ 633-2012"),
    HJ633_2026("HJ 633-2026");

    public static final LocalDate HJ633_2026_IN_FORCE = LocalDate.of(2026, 3, 1);

    private final String tableName;

    AqiEdition(String tableName) {
        this.tableName = tableName;
    }

    /** The edition as written in the standards tables, e.g. {@code HJ 633-2012}. */
    public String tableName() {
        return tableName;
    }

    public static AqiEdition forDay(LocalDate beijingDay) {
        return beijingDay.isBefore(HJ633_2026_IN_FORCE) ? HJ633_2012 : HJ633_2026;
    }

    /** The edition for an hourly value labelled by the end of its hour (2026-03-01 00:00 closes 2026-02-28). */
    public static AqiEdition forHourEnding(Instant hourEnd) {
        return forDay(BeijingTime.dayOfHourEnding(hourEnd));
    }

    public static AqiEdition fromTableName(String name) {
        for (AqiEdition edition : values()) {
            if (edition.tableName.equals(name)) {
                return edition;
            }
        }
        throw new IllegalArgumentException("unknown HJ 633 edition '" + name + "'");
    }
}
