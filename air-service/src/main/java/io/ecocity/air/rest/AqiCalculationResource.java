package io.ecocity.air.rest;

import io.ecocity.air.domain.AirQualityIndex;
import io.ecocity.air.domain.AirQualityIndexCalculator;
import io.ecocity.air.domain.AqiEdition;
import io.ecocity.air.domain.AqiIndicator;
import io.ecocity.air.domain.AqiLevel;
import io.ecocity.air.domain.AqiReportKind;
import io.ecocity.air.domain.IndividualAqi;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.input.DecimalBounds;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/air/aqi/calculate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "AQI", description = "The HJ 633 AQI, as this service applies it")
public class AqiCalculationResource {

    private final AirQualityIndexCalculator calculator;

    public AqiCalculationResource(AirQualityIndexCalculator calculator) {
        this.calculator = calculator;
    }

    @Schema(description = "Concentrations to rate.")
    public record CalculationRequest(
            @Schema(description = "Indicator name (SO2_24H, SO2_1H, NO2_24H, NO2_1H, PM10_24H, PM25_24H, CO_24H, CO_1H,"
                    + " O3_1H, O3_8H) → concentration (µg/m³, CO mg/m³). Real-time PM values go under PM10_24H/PM25_24H"
                    + " (2026: the 1-hour value; 2012: the 24-hour moving average). Missing indicators are NA.",
                    example = "{\"PM25_24H\": 80, \"O3_1H\": 150}")
            @NotNull Map<String, BigDecimal> concentrations,
            @Schema(description = "hourly (real-time report) or daily", example = "daily") @NotNull String kind,
            @Schema(description = "HJ633_2012 or HJ633_2026; wins over date") String edition,
            @Schema(description = "Beijing day of the data: the edition in force then (HJ 633-2026 from 2026-03-01);"
                    + " today when neither edition nor date is given") LocalDate date) {
    }

    @Schema(description = "The full result of HJ 633 for the concentrations given.")
    public record CalculationResponse(String edition, String kind, List<IndicatorResult> indicators,
                                      List<String> missingIndicators,
                                      @Schema(description = "null when withheld or nothing rated") Integer aqi,
                                      @Schema(description = "max IAQI whatever is missing") Integer aqiFromAvailableIndicators,
                                      @Schema(description = "2026 §5.3.1: an indicator missing and AQI ≤ 100") boolean aqiWithheld,
                                      Integer level, String category, String categoryEn,
                                      @Schema(description = "#RRGGBB") String colour,
                                      List<String> primaryPollutants, List<String> primaryIndicators,
                                      @Schema(description = "IAQI > 100; HJ 633-2012 only") List<String> exceedancePollutants,
                                      @Schema(description = "some concentration was above the table: IAQI capped at 500 (configurable)")
                                      boolean capped) {
    }

    public record IndicatorResult(String indicator, BigDecimal concentration,
                                  @Schema(description = "after the edition's rounding (2026: GB/T 8170 half-even)")
                                  BigDecimal concentrationUsed, Integer iaqi, boolean capped,
                                  @Schema(description = "a >800 rule applied") String rule) {
    }

    @PermitAll
    @POST
    @Operation(summary = "Compute the AQI of concentrations by HJ 633-2012 or HJ 633-2026",
            description = "For other city systems to apply the standard the same way. IAQIs and AQI are ceilings of the "
                    + "exact interpolation; 2026 rounds concentrations first (GB/T 8170, half-even); the >800 rules of "
                    + "each edition apply; above the table the IAQI is capped at 500 and flagged. The rounding of 2012 "
                    + "concentrations, the rounding mode and the above-table policy are configuration "
                    + "(ecocity.air.aqi.*) because docs/standards/rules.md marks them unverified.")
    public CalculationResponse calculate(@Valid @NotNull CalculationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        AqiReportKind kind = switch (request.kind().toLowerCase(java.util.Locale.ROOT)) {
            case "hourly" -> AqiReportKind.HOURLY;
            case "daily" -> AqiReportKind.DAILY;
            default -> {
                errors.add(FieldError.of("kind", "kind must be hourly or daily"));
                yield null;
            }
        };
        AqiEdition edition = null;
        if (request.date() != null && (request.date().getYear() < ReportingPeriod.MIN_YEAR
                || request.date().getYear() > ReportingPeriod.MAX_YEAR)) {
            errors.add(FieldError.of("date", "date lies outside the years " + ReportingPeriod.MIN_YEAR + "–"
                    + ReportingPeriod.MAX_YEAR));
        } else if (request.edition() != null) {
            try {
                edition = AqiEdition.valueOf(request.edition());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("edition", "edition must be HJ633_2012 or HJ633_2026"));
            }
        } else {
            edition = AqiEdition.forDay(request.date() != null ? request.date() : BeijingTime.today());
        }
        Map<AqiIndicator, BigDecimal> concentrations = new EnumMap<>(AqiIndicator.class);
        Set<AqiIndicator> accepted = kind == null || edition == null ? Set.of()
                : AirQualityIndexCalculator.acceptedIndicators(edition, kind);
        if (request.concentrations().size() > AqiIndicator.values().length) {
            throw new InvalidInputException("concentrations", "at most " + AqiIndicator.values().length
                    + " indicators, one of each");
        }
        request.concentrations().forEach((name, value) -> {
            String field = "concentrations." + name;
            AqiIndicator indicator;
            try {
                indicator = AqiIndicator.fromTableName(name);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(field, "unknown indicator '" + name + "'"));
                return;
            }
            if (value == null) {
                return;
            }
            // the reader bounds numbers already; checked again so that no code path reaches setScale unbounded
            java.util.Optional<String> outOfBounds = DecimalBounds.problemOf(value);
            if (outOfBounds.isPresent()) {
                errors.add(FieldError.of(field, name + " " + outOfBounds.get()));
            } else if (value.signum() < 0) {
                errors.add(FieldError.of(field, "negative concentration"));
            } else if (!accepted.isEmpty() && !accepted.contains(indicator)) {
                errors.add(FieldError.of(field, name + " is not an indicator of this report; accepted: " + accepted));
            } else {
                concentrations.put(indicator, value);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the calculation request is invalid", errors);
        }
        return response(calculator.calculate(edition, kind, concentrations));
    }

    static CalculationResponse response(AirQualityIndex index) {
        List<IndicatorResult> indicators = new ArrayList<>();
        for (IndividualAqi individual : index.individualIndices().values()) {
            indicators.add(new IndicatorResult(individual.indicator().name(), individual.concentration(),
                    individual.concentrationUsed(), individual.iaqi().isPresent() ? individual.iaqi().getAsInt() : null,
                    individual.capped(), individual.ruleApplied().map(Enum::name).orElse(null)));
        }
        AqiLevel level = index.level().orElse(null);
        return new CalculationResponse(index.edition().name(), index.reportKind().name().toLowerCase(), indicators,
                index.missingIndicators().stream().map(Enum::name).toList(),
                index.aqi().isPresent() ? index.aqi().getAsInt() : null,
                index.aqiFromAvailableIndicators().isPresent() ? index.aqiFromAvailableIndicators().getAsInt() : null,
                index.aqiWithheld(), level == null ? null : level.level(),
                level == null ? null : level.categoryChinese(), level == null ? null : level.categoryEnglish(),
                level == null ? null : level.colourHex(), names(index.primaryPollutants()),
                index.primaryIndicators().stream().map(Enum::name).toList(), names(index.exceedancePollutants()),
                index.capped());
    }

    private static List<String> names(Collection<Pollutant> pollutants) {
        return pollutants.stream().map(Pollutant::apiName).toList();
    }
}
