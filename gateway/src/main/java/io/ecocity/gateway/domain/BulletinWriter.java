package io.ecocity.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the bulletin's paragraph in Chinese and in English from its figures, in the bureau's own phrasing
 * ("全年空气质量综合指数3.29、同比改善1.8%，PM2.5浓度同比改善9.1%…"). A figure that is missing is left out, never
 * written as zero; numbers are written as the services stated them, without trailing zeros.
 */
public final class BulletinWriter {

    private BulletinWriter() {
    }

    public static String chinese(BulletinFigures figures) {
        List<String> clauses = new ArrayList<>();
        BulletinFigures.Air air = figures.air();
        if (air != null) {
            List<String> parts = new ArrayList<>();
            if (air.compositeIndex() != null) {
                parts.add("空气质量综合指数" + number(air.compositeIndex())
                        + changeZh(air.compositeIndexImprovementPercent(), "%", "改善", "恶化"));
            }
            if (air.pm25Mean() != null) {
                parts.add("PM2.5浓度" + number(air.pm25Mean()) + "微克/立方米"
                        + changeZh(air.pm25ImprovementPercent(), "%", "改善", "恶化"));
            }
            if (air.goodDayRatioPercent() != null) {
                parts.add("空气质量优良天数比例" + number(air.goodDayRatioPercent()) + "%"
                        + changeZh(air.goodDayRatioChangePoints(), "个百分点", "上升", "下降"));
            }
            if (!parts.isEmpty()) {
                clauses.add(spanZh(figures.year(), air.from(), air.to()) + String.join("，", parts));
            }
        }
        BulletinFigures.Water water = figures.water();
        if (water != null && water.goodSharePercent() != null) {
            String clause = water.assessedSections() + "个考核断面水质优良比例" + number(water.goodSharePercent()) + "%";
            if (water.goodSharePercentLastYear() != null) {
                clause += changeZh(water.goodSharePercent().subtract(water.goodSharePercentLastYear()), "个百分点",
                        "上升", "下降");
            }
            if (!water.sectionsImproved().isEmpty()) {
                clause += "，" + water.sectionsImproved().stream().map(BulletinFigures.Section::name)
                        .collect(Collectors.joining("、")) + "断面水质同比改善";
            }
            clauses.add(clause);
        }
        List<String> waste = figures.zeroWaste().stream().filter(w -> w.value() != null)
                .map(w -> w.nameZh() + number(w.value()) + unit(w.unit())).toList();
        if (!waste.isEmpty()) {
            clauses.add("“无废城市”建设方面，" + String.join("、", waste));
        }
        if (clauses.isEmpty()) {
            return figures.year() + "年尚无可发布的数据。";
        }
        return String.join("；", clauses) + "。";
    }

    public static String english(BulletinFigures figures) {
        List<String> sentences = new ArrayList<>();
        BulletinFigures.Air air = figures.air();
        if (air != null) {
            List<String> parts = new ArrayList<>();
            if (air.compositeIndex() != null) {
                parts.add("the ambient air quality composite index was " + number(air.compositeIndex())
                        + changeEn(air.compositeIndexImprovementPercent(), "%", "better", "worse"));
            }
            if (air.pm25Mean() != null) {
                parts.add("PM2.5 averaged " + number(air.pm25Mean()) + " µg/m³"
                        + changeEn(air.pm25ImprovementPercent(), "%", "better", "worse"));
            }
            if (air.goodDayRatioPercent() != null) {
                parts.add("air quality was good on " + number(air.goodDayRatioPercent()) + "% of days"
                        + pointsEn(air.goodDayRatioChangePoints()));
            }
            if (!parts.isEmpty()) {
                sentences.add(spanEn(figures.year(), air.from(), air.to()) + " " + String.join("; ", parts) + ".");
            }
        }
        BulletinFigures.Water water = figures.water();
        if (water != null && water.goodSharePercent() != null) {
            String sentence = "Of the " + water.assessedSections() + " assessed water sections, "
                    + number(water.goodSharePercent()) + "% were of good quality (class I–III)";
            if (water.goodSharePercentLastYear() != null) {
                sentence += pointsEn(water.goodSharePercent().subtract(water.goodSharePercentLastYear()));
            }
            if (!water.sectionsImproved().isEmpty()) {
                List<String> names = water.sectionsImproved().stream().map(BulletinFigures.Section::name).toList();
                sentence += "; " + joinEnglish(names) + (names.size() == 1 ? " has" : " have")
                        + " improved on the year before";
            }
            sentences.add(sentence + ".");
        }
        List<String> waste = figures.zeroWaste().stream().filter(w -> w.value() != null)
                .map(w -> lowerFirst(w.nameEn()) + " " + number(w.value()) + unit(w.unit())).toList();
        if (!waste.isEmpty()) {
            sentences.add("Zero-waste city: " + String.join(", ", waste) + ".");
        }
        if (sentences.isEmpty()) {
            return "No figures have been published for " + figures.year() + " yet.";
        }
        return String.join(" ", sentences);
    }

    private static String spanZh(int year, LocalDate from, LocalDate to) {
        if (isWholeYear(year, from, to)) {
            return year + "年全年";
        }
        return year + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日至" + to.getMonthValue() + "月"
                + to.getDayOfMonth() + "日";
    }

    private static String spanEn(int year, LocalDate from, LocalDate to) {
        if (isWholeYear(year, from, to)) {
            return "In " + year + ",";
        }
        return "From " + from + " to " + to + ",";
    }

    private static boolean isWholeYear(int year, LocalDate from, LocalDate to) {
        return from.equals(LocalDate.of(year, 1, 1)) && to.equals(LocalDate.of(year, 12, 31));
    }

    private static String changeZh(BigDecimal change, String unit, String better, String worse) {
        if (change == null) {
            return "";
        }
        if (change.signum() == 0) {
            return "、与上年持平";
        }
        return "、同比" + (change.signum() > 0 ? better : worse) + number(change.abs()) + unit;
    }

    private static String changeEn(BigDecimal improvement, String unit, String better, String worse) {
        if (improvement == null) {
            return "";
        }
        if (improvement.signum() == 0) {
            return ", the same as the year before";
        }
        return ", " + number(improvement.abs()) + unit + " " + (improvement.signum() > 0 ? better : worse)
                + " than the year before";
    }

    private static String pointsEn(BigDecimal points) {
        if (points == null) {
            return "";
        }
        if (points.signum() == 0) {
            return ", the same as the year before";
        }
        return ", " + (points.signum() > 0 ? "up " : "down ") + number(points.abs()) + " percentage points";
    }

    private static String unit(String unit) {
        return unit == null || unit.equals("%") ? (unit == null ? "" : "%") : " " + unit;
    }

    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String joinEnglish(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
