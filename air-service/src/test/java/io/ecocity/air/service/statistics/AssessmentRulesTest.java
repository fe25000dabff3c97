package io.ecocity.air.service.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ecocity.air.config.statistics.AirStatisticsConfig;
import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.TargetIndicator;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real SmallRye config mapping over in-memory properties, nothing stubbed: what each setting changes. */
class AssessmentRulesTest {

    private static AssessmentRules rules(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(AirStatisticsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return new AssessmentRules(config.getConfigMapping(AirStatisticsConfig.class));
    }

    @Test
    void defaultsAreGb3095Grade2UnweightedAndTheGb3095Minimums() {
        AssessmentRules rules = rules(Map.of());
        assertThat(rules.periodOptions().compositeIndex().term(Pollutant.PM25).denominator()).isEqualByComparingTo(new BigDecimal("35"));
        assertThat(rules.periodOptions().compositeIndex().term(Pollutant.PM25).weight()).isEqualByComparingTo(BigDecimal.ONE);
        assertEquals(324, rules.periodOptions().completeness().minimumDaysPerYear());
        assertEquals(25, rules.periodOptions().completeness().minimumDaysInFebruary());
        assertEquals(Set.of(Pollutant.values()), rules.periodOptions().completeness().appliesTo());
        assertThat(rules.targetOptions().margins().get(TargetIndicator.PM25_ANNUAL_MEAN)).isEqualByComparingTo(BigDecimal.ONE);
        assertEquals(true, rules.yearOnYearFromReportedFigures());
    }

    @Test
    void unverifiedRulesAreOverriddenBySettings() {
        AssessmentRules rules = rules(Map.of(
                "ecocity.air.statistics.composite-index.preset", "CLAIMED_HJ663_2026",
                "ecocity.air.statistics.composite-index.denominator.pm25", "30",
                "ecocity.air.statistics.completeness.minimum-days-per-year", "300",
                "ecocity.air.statistics.completeness.applies-to", "so2,no2,pm10,pm25",
                "ecocity.air.statistics.targets.good-day-ratio-margin", "0.5",
                "ecocity.air.statistics.good-day-maximum-aqi", "50"));
        assertThat(rules.periodOptions().compositeIndex().term(Pollutant.PM25).denominator()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(rules.periodOptions().compositeIndex().term(Pollutant.PM25).weight()).isEqualByComparingTo(new BigDecimal("3"));
        assertEquals(300, rules.periodOptions().completeness().minimumDaysPerYear());
        assertEquals(27, rules.periodOptions().completeness().minimumDaysPerMonth());
        assertEquals(Set.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM25),
                rules.periodOptions().completeness().appliesTo());
        assertThat(rules.targetOptions().margins().get(TargetIndicator.GOOD_DAY_RATIO)).isEqualByComparingTo(new BigDecimal("0.5"));
        assertEquals(50, rules.periodOptions().goodDayMaximumAqi());
    }

    @Test
    void anUnknownPresetFailsTheStart() {
        assertThrows(IllegalArgumentException.class,
                () -> rules(Map.of("ecocity.air.statistics.composite-index.preset", "WEIGHTED")));
    }
}
