package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.domain.BulletinFigures;
import io.ecocity.gateway.domain.BulletinWriter;
import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WasteIndicatorEntity;
import io.ecocity.gateway.repository.WaterCityAssessmentEntity;
import io.ecocity.gateway.repository.WaterSectionEntity;
import io.ecocity.gateway.rest.AnnualBulletin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The annual bulletin, from the events of that year only: the air statistics of the year, the water assessment from
 * 1 January of the year and the zero-waste indicators from 1 January of the year, never anything of another year and
 * never a call to a service.
 */
@ApplicationScoped
public class AnnualBulletinService {

    private final GatewayConfig config;

    public AnnualBulletinService(GatewayConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualBulletin bulletin(int year) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        List<String> missing = new ArrayList<>();

        Optional<AirStatisticsEntity> statistics = AirStatisticsEntity.of(ViewKeys.CITY, year);
        BulletinFigures.Air air = statistics.map(s -> new BulletinFigures.Air(s.periodFrom, s.periodTo, s.compositeIndex,
                s.compositeIndexLastYear, s.compositeIndexImprovementPercent, s.pm25Mean, s.pm25MeanLastYear,
                s.pm25ImprovementPercent, s.goodDayRatioPercent, s.goodDayRatioChangePoints, s.heavilyPollutedDays))
                .orElse(null);
        if (air == null) {
            missing.add("air: no city statistics for " + year);
        }

        Optional<WaterCityAssessmentEntity> assessment = WaterCityAssessmentEntity.yearToDate(year);
        BulletinFigures.Water water = assessment.map(w -> new BulletinFigures.Water(w.period, w.periodFrom, w.periodTo,
                w.assessedSections, w.goodSharePercent, w.goodSharePercentLastYear,
                ViewKeys.split(w.sectionsImproved).stream().map(AnnualBulletinService::section).toList()))
                .orElse(null);
        if (water == null) {
            missing.add("water: no city assessment from 1 January " + year);
        }

        List<BulletinFigures.ZeroWaste> zeroWaste = new ArrayList<>();
        for (String code : config.waste().headlineIndicators()) {
            Optional<WasteIndicatorEntity> indicator = WasteIndicatorEntity.yearToDate(code, ViewKeys.CITY, year);
            if (indicator.isEmpty() || indicator.get().value == null) {
                missing.add("waste: no city value of " + code + " for " + year);
            }
            indicator.ifPresent(w -> zeroWaste.add(new BulletinFigures.ZeroWaste(w.indicatorCode, w.nameZh, w.nameEn,
                    w.period, w.value, w.unit)));
        }

        BulletinFigures figures = new BulletinFigures(year, air, water, List.copyOf(zeroWaste));
        boolean complete = air != null && air.to().equals(lastDay);
        return new AnnualBulletin(year, complete, figures, List.copyOf(missing), BulletinWriter.chinese(figures),
                BulletinWriter.english(figures));
    }

    /** A section by its name when the gateway knows it, else by its id. */
    private static BulletinFigures.Section section(String sectionId) {
        WaterSectionEntity section = WaterSectionEntity.findById(sectionId);
        return new BulletinFigures.Section(sectionId, section == null ? sectionId : section.name);
    }
}
