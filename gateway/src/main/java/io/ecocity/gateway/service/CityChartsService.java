package io.ecocity.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.gateway.repository.AirDailyAssessmentEntity;
import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WaterLatestSampleEntity;
import io.ecocity.gateway.repository.WaterSectionAssessmentEntity;
import io.ecocity.gateway.repository.WaterSectionEntity;
import io.ecocity.gateway.rest.CityCharts;
import io.ecocity.gateway.rest.CityCharts.DailyAqi;
import io.ecocity.gateway.rest.CityCharts.MonthlyPm25;
import io.ecocity.gateway.rest.CityCharts.PlacedSection;
import io.ecocity.support.api.BeijingTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard's chart series, read from the view like the overview: never by calling a service. */
@ApplicationScoped
public class CityChartsService {

    static final int DAYS = 30;
    private static final TypeReference<List<MonthMean>> MONTHS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public CityChartsService(ObjectMapper json) {
        this.json = json;
    }

    /** For the city when {@code town} is null; a town nobody told the gateway of gives empty series. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CityCharts charts(String town) {
        LocalDate today = BeijingTime.today();
        String scopeKey = town == null ? ViewKeys.CITY : ViewKeys.town(town);
        return new CityCharts(town, today, dailyAqi(scopeKey, today), monthlyPm25(scopeKey, today.getYear()),
                sections(town, today.getYear()));
    }

    private static List<DailyAqi> dailyAqi(String scopeKey, LocalDate today) {
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, AirDailyAssessmentEntity> reports = AirDailyAssessmentEntity
                .<AirDailyAssessmentEntity>list("scopeKey = ?1 and day >= ?2 and day <= ?3", scopeKey, first, today)
                .stream().collect(Collectors.toMap(r -> r.day, Function.identity(), (a, b) -> a));
        List<DailyAqi> days = new ArrayList<>(DAYS);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            AirDailyAssessmentEntity r = reports.get(day);
            days.add(r == null ? new DailyAqi(day, null, null, null, null, null, List.of())
                    : new DailyAqi(day, r.aqi, r.level, r.category, r.categoryEn, r.colour,
                            ViewKeys.split(r.primaryPollutants)));
        }
        return days;
    }

    private MonthlyPm25 monthlyPm25(String scopeKey, int year) {
        return new MonthlyPm25(year, "µg/m³", months(scopeKey, year), months(scopeKey, year - 1));
    }

    /** Twelve monthly means, January first, from the year's latest statistics. */
    private List<BigDecimal> months(String scopeKey, int year) {
        BigDecimal[] means = new BigDecimal[12];
        AirStatisticsEntity statistics = AirStatisticsEntity.of(scopeKey, year).orElse(null);
        if (statistics != null && statistics.monthlyPm25 != null) {
            try {
                for (MonthMean month : json.readValue(statistics.monthlyPm25, MONTHS)) {
                    if (month.month() != null && month.month().startsWith(year + "-")) {
                        means[Integer.parseInt(month.month().substring(5, 7)) - 1] = month.mean();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Arrays.asList(means);
    }

    /** Three queries whatever the number of sections: the sections, their classes of the year, their latest samples. */
    private static List<PlacedSection> sections(String town, int year) {
        List<WaterSectionEntity> rows = town == null
                ? WaterSectionEntity.listAll(Sort.by("sectionId"))
                : WaterSectionEntity.list("town", Sort.by("sectionId"), town);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, WaterSectionAssessmentEntity> ofYear = WaterSectionAssessmentEntity.ofPeriod(Integer.toString(year))
                .stream().collect(Collectors.toMap(a -> a.sectionId, Function.identity(), (a, b) -> a));
        Map<String, WaterLatestSampleEntity> samples = (town == null ? WaterLatestSampleEntity.<WaterLatestSampleEntity>listAll()
                : WaterLatestSampleEntity.<WaterLatestSampleEntity>list("sectionId in ?1",
                        rows.stream().map(r -> r.sectionId).toList()))
                .stream().collect(Collectors.toMap(w -> w.sectionId, Function.identity(), (a, b) -> a));
        return rows.stream().map(s -> {
            WaterSectionAssessmentEntity assessed = ofYear.get(s.sectionId);
            WaterLatestSampleEntity sample = samples.get(s.sectionId);
            return new PlacedSection(s.sectionId, s.name, s.river, s.town, s.latitude, s.longitude, s.targetClass,
                    assessed == null ? null : assessed.waterClass,
                    assessed == null ? null : assessed.lastYearClass,
                    assessed == null ? null : assessed.meetsTarget,
                    sample == null ? null : sample.waterClass,
                    sample == null ? null : sample.meetsTarget);
        }).toList();
    }

    record MonthMean(String month, BigDecimal mean) {
    }
}
