package io.ecocity.air.service;

import io.ecocity.air.config.AirConfig;
import io.ecocity.air.domain.AirQualityIndexCalculator;
import io.ecocity.air.domain.AqiCalculationOptions;
import io.ecocity.air.domain.CityAverage;
import io.ecocity.air.domain.DailyAggregationOptions;
import io.ecocity.air.domain.DailyAirQualityAggregator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The standards' rules as beans, built once with the configured readings of the unverified rules. */
@ApplicationScoped
public class AirStandardsProducer {

    @Produces
    @ApplicationScoped
    AirQualityIndexCalculator calculator(AirConfig config) {
        AirConfig.Aqi aqi = config.aqi();
        return new AirQualityIndexCalculator(new AqiCalculationOptions(aqi.roundConcentrationsIn2012(),
                aqi.concentrationRounding(), aqi.aboveTopBreakpoint()));
    }

    @Produces
    @ApplicationScoped
    DailyAirQualityAggregator aggregator(AirConfig config) {
        AirConfig.Daily daily = config.daily();
        return new DailyAirQualityAggregator(new DailyAggregationOptions(daily.minimumHoursForDailyMean(),
                daily.minimumHoursInEightHourWindow(), daily.firstEightHourWindowEndHour(),
                daily.minimumValidEightHourWindows(), daily.ozoneLimitValidatingIncompleteDay(),
                daily.minimumHoursForDailyMaxOneHour(), daily.minimumHoursForTwentyFourHourMovingAverage(),
                daily.pm2012RealTimeBasis()));
    }

    @Produces
    @ApplicationScoped
    CityAverage cityAverage(AirQualityIndexCalculator calculator) {
        return new CityAverage(calculator);
    }
}
