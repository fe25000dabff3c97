package io.ecocity.air.service.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.DailyAirValues;
import io.ecocity.air.domain.assessment.ExactFraction;
import io.ecocity.air.domain.assessment.PeriodAssessment;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.air.repository.statistics.DailyValueReadRepository;
import io.ecocity.air.repository.statistics.PublicationRepository;
import io.ecocity.air.repository.statistics.PublishedStatisticsEntity;
import io.ecocity.air.repository.statistics.PublishedTargetProgressEntity;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirStatistics;
import io.ecocity.events.common.TargetProgress;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes a scope's year-to-date statistics on air.statistics and its targets' progress on air.targets through
 * the outbox, each only when it differs from what was last published, so recomputing unchanged data is silent.
 */
@ApplicationScoped
public class StatisticsPublisher {

    static final int DAILY_AQI_DAYS = 30;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final StatisticsService statistics;
    private final TargetProgressService targetProgress;
    private final DailyValueReadRepository dailyValues;
    private final StationRepository stations;
    private final PublicationRepository publications;
    private final EventOutbox outbox;
    private final ObjectMapper objectMapper;

    public StatisticsPublisher(StatisticsService statistics, TargetProgressService targetProgress,
                               DailyValueReadRepository dailyValues, StationRepository stations,
                               PublicationRepository publications, EventOutbox outbox, ObjectMapper objectMapper) {
        this.statistics = statistics;
        this.targetProgress = targetProgress;
        this.dailyValues = dailyValues;
        this.stations = stations;
        this.publications = publications;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    /**
     * The statistics of the scope's latest year with data, Jan 1 to its last day with a value (not after today), as
     * the gateway shows them; false when nothing changed since the last publication or there is no data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishStatistics(StatisticsScope scope, LocalDate today) {
        Optional<LocalDate> lastDay = dailyValues.lastDay(scope.storedScope(), scope.storedScopeId(), EARLIEST, today);
        if (lastDay.isEmpty()) {
            return false;
        }
        AirStatistics payload = statisticsPayload(scope, lastDay.get());
        String fingerprint = fingerprint(json(payload));
        Optional<PublishedStatisticsEntity> published = publications.statistics(scope.key());
        if (published.isPresent() && published.get().fingerprint.equals(fingerprint)) {
            return false;
        }
        outbox.append(EventType.AIR_STATISTICS_UPDATED, scope.key(), payload);
        PublishedStatisticsEntity row = published.orElseGet(() -> {
            PublishedStatisticsEntity created = new PublishedStatisticsEntity();
            created.scopeKey = scope.key();
            return created;
        });
        row.year = payload.to().getYear();
        row.fingerprint = fingerprint;
        row.publishedAt = Instant.now();
        if (published.isEmpty()) {
            publications.persist(row);
        }
        return true;
    }

    /** Publishes each target of the scope's year whose status, allowance, target or value changed; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishTargetProgress(StatisticsScope scope, int year, LocalDate today) {
        if (!scope.canHaveTargets()) {
            return 0;
        }
        LocalDate asOf = targetProgress.publicationDay(scope, year, today);
        Optional<TargetProgressService.Progress> progress = targetProgress.progress(scope, year, asOf);
        if (progress.isEmpty()) {
            return 0;
        }
        int published = 0;
        for (TargetProgress payload : TargetProgressPresenter.payloads(progress.get())) {
            String fingerprint = fingerprint(String.join("|", payload.status(), plain(payload.remainingAllowance()),
                    plain(payload.target()), plain(payload.value())));
            Optional<PublishedTargetProgressEntity> last = publications.targetProgress(year, scope.key(), payload.indicator());
            if (last.isPresent() && last.get().fingerprint.equals(fingerprint)) {
                continue;
            }
            outbox.append(EventType.AIR_TARGET_PROGRESS, TargetProgressPresenter.key(payload, scope), payload);
            PublishedTargetProgressEntity row = last.orElseGet(() -> {
                PublishedTargetProgressEntity created = new PublishedTargetProgressEntity();
                created.year = year;
                created.scopeKey = scope.key();
                created.indicator = payload.indicator();
                return created;
            });
            row.status = payload.status();
            row.remainingAllowance = payload.remainingAllowance();
            row.fingerprint = fingerprint;
            row.asOf = payload.asOf();
            row.publishedAt = Instant.now();
            if (last.isEmpty()) {
                publications.persist(row);
            }
            published++;
        }
        return published;
    }

    /** Year-to-date statistics of {@code to}'s year, with the same days of the year before. */
    AirStatistics statisticsPayload(StatisticsScope scope, LocalDate to) {
        int year = to.getYear();
        ReportingPeriod period = new ReportingPeriod("ytd", LocalDate.of(year, 1, 1), to);
        ReportingPeriod lastYearPeriod = SamePeriodLastYear.of(period);
        List<DailyAirValues> days = statistics.days(scope, period);
        PeriodAssessment current = statistics.assessor().assess(period.from(), period.to(), days);
        PeriodAssessment lastYear = statistics.assess(scope, lastYearPeriod);
        ReportedFigures figures = statistics.figures();

        ReportedFigures.Improvement composite = figures.compositeIndex(current.compositeIndex().total(),
                lastYear.compositeIndex().total());
        ReportedFigures.Improvement pm25 = figures.concentration(Pollutant.PM25,
                current.pollutant(Pollutant.PM25).mean(), lastYear.pollutant(Pollutant.PM25).mean());
        ReportedFigures.PointsChange goodDays = figures.ratio(current.aqiDays().goodDayRatioPercent(),
                lastYear.aqiDays().goodDayRatioPercent());
        BigDecimal o3 = current.pollutant(Pollutant.O3).percentile()
                .map(p -> figures.precision().concentration(Pollutant.O3, p)).orElse(null);
        String largest = current.compositeIndex().largestSubIndex().isEmpty() ? null
                : current.compositeIndex().largestSubIndex().stream().map(Pollutant::apiName)
                .collect(Collectors.joining(","));

        return new AirStatistics(scope.kind().name(),
                scope.kind() == StatisticsScope.Kind.STATION ? scope.id() : null, townOf(scope), year,
                period.from(), period.to(), composite.value(), composite.lastYear(), composite.improvementPercent(),
                largest, pm25.value(), pm25.lastYear(), pm25.improvementPercent(), goodDays.valuePercent(),
                goodDays.lastYearPercent(), goodDays.changePoints(), o3, current.aqiDays().heavilyPollutedDays(),
                current.aqiDays().validAqiDays(), current.meetsDataMinimums(), monthlyPm25(days, figures, to),
                dailyAqi(scope, to));
    }

    private String townOf(StatisticsScope scope) {
        return switch (scope.kind()) {
            case CITY -> null;
            case TOWN -> scope.id();
            case STATION -> Optional.ofNullable(stations.findById(scope.id())).map(s -> s.town).orElse(null);
        };
    }

    private static List<AirStatistics.MonthlyPm25> monthlyPm25(List<DailyAirValues> days, ReportedFigures figures,
                                                               LocalDate to) {
        Map<YearMonth, List<BigDecimal>> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.of(to.getYear(), 1); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            byMonth.put(m, new ArrayList<>());
        }
        for (DailyAirValues day : days) {
            day.value(Pollutant.PM25).ifPresent(v -> byMonth.get(YearMonth.from(day.day())).add(v));
        }
        List<AirStatistics.MonthlyPm25> months = new ArrayList<>();
        byMonth.forEach((month, values) -> months.add(new AirStatistics.MonthlyPm25(month.toString(),
                values.isEmpty() ? null : figures.precision().concentration(Pollutant.PM25,
                        ExactFraction.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).dividedBy(values.size())))));
        return months;
    }

    /** Each of the 30 days up to {@code to}, with a null AQI for a day without a valid one. */
    private List<AirStatistics.DailyAqi> dailyAqi(StatisticsScope scope, LocalDate to) {
        LocalDate from = to.minusDays(DAILY_AQI_DAYS - 1L);
        Map<LocalDate, DailyAirValues> byDay = dailyValues.days(scope.storedScope(), scope.storedScopeId(), from, to)
                .stream().collect(Collectors.toMap(DailyAirValues::day, Function.identity()));
        List<AirStatistics.DailyAqi> result = new ArrayList<>(DAILY_AQI_DAYS);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DailyAirValues values = byDay.get(day);
            boolean valid = values != null && values.hasValidAqi();
            result.add(new AirStatistics.DailyAqi(day, valid ? values.aqi() : null, valid ? values.aqiLevel() : null));
        }
        return result;
    }

    private String json(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statistics payload cannot be written as JSON", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
