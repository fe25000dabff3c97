package io.ecocity.waste.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of waste-service. Most are configuration rather than code because docs/standards/rules.md §5 marks the rule
 * unverified [U]: the manifest number format, the receipt deadline, the tolerances, the category list.
 */
@ConfigMapping(prefix = "ecocity.waste")
public interface WasteConfig {

    /** The towns and streets (镇街) that report; a report or manifest naming another town is refused. */
    @WithDefault("莞城,东城,南城,万江,石碣,石龙,茶山,石排,企石,横沥,桥头,谢岗,东坑,常平,寮步,樟木头,大朗,黄江,清溪,塘厦,凤岗,"
            + "大岭山,长安,虎门,厚街,沙田,道滘,洪梅,麻涌,望牛墩,中堂,高埗,松山湖")
    List<String> towns();

    Catalogue catalogue();

    Manifest manifest();

    Facility facility();

    Targets targets();

    interface Catalogue {
        /** Rounding of indicator values to their scale; GB/T 8170 details are unverified, HALF_UP by default. */
        @WithDefault("HALF_UP")
        RoundingMode rounding();
    }

    interface Manifest {
        /** Regular expression a manifest number must match as a whole [U]: 14 digits by default. */
        @WithDefault("\\d{14}")
        String numberPattern();

        /** Receipt must be confirmed within this many working days after pickup [U]. */
        @WithDefault("5")
        int receiptWorkingDays();

        /** A received quantity off the shipped one by more than this percentage is a discrepancy [U]. */
        @WithDefault("5")
        BigDecimal discrepancyTolerancePercent();

        /** Public holidays (not working days), published by the State Council each year. */
        Optional<Set<LocalDate>> holidays();

        /** Weekend days that are worked (调休). */
        Optional<Set<LocalDate>> makeUpWorkingDays();

        /** HW categories of the national list that exist [U]; single categories or ranges. */
        @WithDefault("HW01-HW40,HW45-HW50")
        List<String> hazardousCategories();

        /** How often manifests in transit are checked for an overdue receipt. */
        @WithDefault("15m")
        String overdueScanEvery();
    }

    interface Facility {
        /** Alert when received tonnes reach this percentage of a category's permitted annual capacity [U]. */
        @WithDefault("90")
        BigDecimal capacityAlertPercent();
    }

    interface Targets {
        /** A period value short of its target by at most this much (percentage points for rates) is AT_RISK. */
        @WithDefault("2")
        BigDecimal atRiskMargin();

        /** Bounds of a feasible rate, to tell AT_RISK from OFF_TRACK for what the rest of the year needs. */
        @WithDefault("0")
        BigDecimal feasibleMinimum();

        @WithDefault("100")
        BigDecimal feasibleMaximum();

        /** When target progress of the current year is published again (Beijing time), as days pass without reports. */
        @WithDefault("0 10 0 * * ?")
        String dailyPublicationCron();
    }
}
