package io.ecocity.water.domain;

/** The three water tables, loaded once from the classpath and shared by the domain services. */
public record WaterStandards(Gb3838LimitTable limits, SectionCategoryTable sectionCategories, RiverSystemGradingTable riverGrading) {

    public static WaterStandards loadFromClasspath() {
        return new WaterStandards(Gb3838LimitTable.loadFromClasspath(), SectionCategoryTable.loadFromClasspath(),
                RiverSystemGradingTable.loadFromClasspath());
    }
}
