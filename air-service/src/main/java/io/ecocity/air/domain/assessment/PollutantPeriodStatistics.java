package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One pollutant over a period: the mean and the HJ 663 percentile of its valid daily values (O3: daily max 8h),
 * the days above the GB 3095 Grade II daily limit, and the data completeness. Values are exact; round them
 * for display with {@link ReportingPrecision}.
 */
public record PollutantPeriodStatistics(Pollutant pollutant, int validDays, Optional<ExactFraction> mean,
                                        BigDecimal percentileRank, Optional<BigDecimal> percentile,
                                        int daysOverGrade2DailyLimit, DataCompleteness completeness) {
}
