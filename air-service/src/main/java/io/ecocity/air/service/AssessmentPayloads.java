package io.ecocity.air.service;

import io.ecocity.air.domain.AirQualityIndex;
import io.ecocity.air.domain.AqiIndicator;
import io.ecocity.air.domain.AqiLevel;
import io.ecocity.air.domain.IndividualAqi;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.ReportingPrecision;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.support.api.BeijingTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns an {@link AirQualityIndex} into the parts of the hourly and daily report payloads. */
final class AssessmentPayloads {

    private AssessmentPayloads() {
    }

    /** The AQI part of a report, shared by the hourly and the daily payload. */
    record AqiPart(List<IndicatorPart> indicators, Integer aqi, Integer level, String category, String categoryEn,
                   String colour, List<String> primaryPollutants, List<String> exceedancePollutants, boolean capped) {
    }

    record IndicatorPart(String indicator, BigDecimal concentration, Integer iaqi, boolean capped, String rule) {
    }

    /**
     * A concentration as a report states it: HJ 633-2026 §4.2.2 (GB/T 8170 half-even; integers in µg/m³, CO one
     * decimal in mg/m³, the reporting precision of {@link ReportingPrecision}), rounded once from the exact value the
     * IAQI was computed from. Means that do not terminate are held to many decimals, which a report must not show.
     */
    static BigDecimal reported(ReportingPrecision precision, Pollutant pollutant, BigDecimal concentration) {
        return concentration == null ? null : precision.concentration(pollutant, concentration);
    }

    static AirHourlyAssessment.Concentrations reported(ReportingPrecision precision, BigDecimal[] v) {
        return new AirHourlyAssessment.Concentrations(reported(precision, Pollutant.SO2, v[0]),
                reported(precision, Pollutant.NO2, v[1]), reported(precision, Pollutant.PM10, v[2]),
                reported(precision, Pollutant.PM25, v[3]), reported(precision, Pollutant.CO, v[4]),
                reported(precision, Pollutant.O3, v[5]));
    }

    static AqiPart aqiPart(AirQualityIndex index, ReportingPrecision precision) {
        List<IndicatorPart> indicators = new ArrayList<>();
        for (IndividualAqi individual : index.individualIndices().values()) {
            indicators.add(new IndicatorPart(individual.indicator().name(),
                    reported(precision, individual.indicator().pollutant(), individual.concentrationUsed()),
                    individual.iaqi().isPresent() ? individual.iaqi().getAsInt() : null, individual.capped(),
                    individual.ruleApplied().map(Enum::name).orElse(null)));
        }
        Integer aqi = index.aqi().isPresent() ? index.aqi().getAsInt() : null;
        AqiLevel level = index.level().orElse(null);
        return new AqiPart(indicators, aqi, level == null ? null : level.level(),
                level == null ? null : level.categoryChinese(), level == null ? null : level.categoryEnglish(),
                level == null ? null : level.colourHex(), apiNames(index.primaryPollutants()),
                apiNames(index.exceedancePollutants()), index.capped());
    }

    static List<String> apiNames(Collection<Pollutant> pollutants) {
        return pollutants.stream().map(Pollutant::apiName).toList();
    }

    static List<AirHourlyAssessment.Indicator> hourlyIndicators(AqiPart part) {
        return part.indicators().stream().map(i -> new AirHourlyAssessment.Indicator(i.indicator(), i.concentration(),
                i.iaqi(), i.capped(), i.rule())).toList();
    }

    static List<AirDailyAssessment.Indicator> dailyIndicators(AqiPart part) {
        return part.indicators().stream().map(i -> new AirDailyAssessment.Indicator(i.indicator(), i.concentration(),
                i.iaqi(), i.capped(), i.rule())).toList();
    }

    static AirHourlyAssessment withCorrection(AirHourlyAssessment a, boolean correction) {
        // A stored payload is read back in UTC; the API and the events speak Beijing time.
        return new AirHourlyAssessment(a.scope(), a.stationId(), a.town(), BeijingTime.of(a.time().toInstant()),
                a.edition(), a.concentrations(),
                a.indicators(), a.aqi(), a.level(), a.category(), a.categoryEn(), a.colour(), a.primaryPollutants(),
                a.exceedancePollutants(), a.capped(), a.stationCount(), correction);
    }

    static AirDailyAssessment withCorrection(AirDailyAssessment a, boolean correction) {
        return new AirDailyAssessment(a.scope(), a.stationId(), a.town(), a.date(), a.edition(), a.values(),
                a.indicators(), a.aqi(), a.level(), a.category(), a.categoryEn(), a.colour(), a.primaryPollutants(),
                a.exceedancePollutants(), a.capped(), correction);
    }

    /** The daily statistics in the order of the report's value list. */
    static final List<AqiIndicator> DAILY_VALUE_ORDER = List.of(AqiIndicator.SO2_24H, AqiIndicator.NO2_24H,
            AqiIndicator.PM10_24H, AqiIndicator.PM25_24H, AqiIndicator.CO_24H, AqiIndicator.O3_8H, AqiIndicator.O3_1H);
}
