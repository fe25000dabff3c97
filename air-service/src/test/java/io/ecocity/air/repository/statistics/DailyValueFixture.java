package io.ecocity.air.repository.statistics;

import io.ecocity.air.service.DailyValuesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stands in for the daily assessment (issue #3) in the tests: writes rows into {@code air_daily_value}, the
 * statistics' input contract, and fires {@link DailyValuesChanged} inside the same transaction as it does.
 */
@ApplicationScoped
public class DailyValueFixture {

    private final DailyValueReadRepository repository;
    private final Event<DailyValuesChanged> changed;

    public DailyValueFixture(DailyValueReadRepository repository, Event<DailyValuesChanged> changed) {
        this.repository = repository;
        this.changed = changed;
    }

    /** A day's row with every pollutant valid and an AQI; adjust it with {@code with}. */
    public static StatisticsDailyValueEntity day(String scope, String scopeId, LocalDate day) {
        StatisticsDailyValueEntity row = new StatisticsDailyValueEntity();
        row.scope = scope;
        row.scopeId = scopeId;
        row.town = "TOWN".equals(scope) ? scopeId : null;
        row.day = day;
        row.edition = "HJ633_2012";
        row.so2 = new BigDecimal("10");
        row.no2 = new BigDecimal("30");
        row.pm10 = new BigDecimal("60");
        row.pm25 = new BigDecimal("30");
        row.co = new BigDecimal("1.2");
        row.o38h = new BigDecimal("150");
        row.so2Coverage = row.no2Coverage = row.pm10Coverage = row.pm25Coverage = row.coCoverage = 24;
        row.o38hCoverage = row.o31hCoverage = 24;
        row.aqi = 60;
        row.aqiLevel = 2;
        row.primaryPollutants = "pm10";
        row.revision = 1;
        row.updatedAt = Instant.now();
        return row;
    }

    /** One row per day of [from, to], each shaped by {@code shape}. */
    public static List<StatisticsDailyValueEntity> days(String scope, String scopeId, LocalDate from, LocalDate to,
                                                        Consumer<StatisticsDailyValueEntity> shape) {
        List<StatisticsDailyValueEntity> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            StatisticsDailyValueEntity row = day(scope, scopeId, d);
            shape.accept(row);
            rows.add(row);
        }
        return rows;
    }

    /** Writes the rows without announcing them, as data that existed before the test. */
    @Transactional
    public void store(List<StatisticsDailyValueEntity> rows) {
        rows.forEach(repository::write);
    }

    /** Writes the rows and fires the change event in the same transaction, as the daily assessment does. */
    @Transactional
    public void writeAndAnnounce(List<StatisticsDailyValueEntity> rows) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> scopeIds = new HashSet<>();
        for (StatisticsDailyValueEntity row : rows) {
            row.updatedAt = Instant.now();
            repository.write(row);
            days.add(row.day);
            scopeIds.add(row.scopeId);
        }
        changed.fire(new DailyValuesChanged(days, scopeIds));
    }

    @Transactional
    public void insertAll(List<StatisticsDailyValueEntity> rows) {
        repository.insertAll(rows);
    }
}
