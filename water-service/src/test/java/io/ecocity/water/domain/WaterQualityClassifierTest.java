package io.ecocity.water.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static io.ecocity.water.domain.WaterFixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Section classification over the real classpath tables; nothing stubbed. */
class WaterQualityClassifierTest {

    private final WaterQualityClassifier classifier = WaterFixtures.classifier();

    /** docs/standards/rules.md §4.2 worked example: DO 5.5, CODMn 7, NH3N 2.1, TP 0.25, everything else within class III. */
    private static final String[] WORKED_EXAMPLE = {
            "WT", "24.5", "PH", "7.4", "DO", "5.5", "CODMn", "7", "COD", "19", "BOD5", "3.8", "NH3N", "2.1", "TP", "0.25",
            "Cu", "0.005", "Zn", "0.03", "F", "0.6", "Se", "0.002", "As", "0.004", "Hg", "0.00004", "Cd", "0.001",
            "Cr6", "0.004", "Pb", "0.01", "CN", "0.004", "VPhenol", "0.002", "Oil", "0.04", "LAS", "0.05", "S2", "0.01",
            "TN", "3.2", "FC", "35000"};

    @Test
    void workedExampleIsWorseThanVWithAmmoniaPhosphorusAndPermanganateAsMainPollutants() {
        SampleAssessment result = classifier.assess(WaterBodyType.RIVER, values(WORKED_EXAMPLE));

        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), result.sectionClass());
        assertEquals(List.of(WaterQualityItem.NH3N, WaterQualityItem.TP, WaterQualityItem.CODMn),
                result.mainPollutants().stream().map(ItemAssessment::item).toList());
        assertMultiples(result.mainPollutants(), "1.1", "0.25", "0.17");
        assertEquals(WaterQualityStatus.HEAVILY_POLLUTED,
                WaterFixtures.STANDARDS.sectionCategories().status(result.sectionClass().orElseThrow()));
    }

    @Test
    void workedExampleAtOneDecimalReadsAsTheReprintPrintsIt() {
        WaterQualityClassifier oneDecimal = new WaterQualityClassifier(WaterFixtures.STANDARDS.limits(),
                WaterClassificationOptions.defaults().withMultipleDisplayScale(1, RoundingMode.HALF_UP));
        assertMultiples(oneDecimal.assess(WaterBodyType.RIVER, values(WORKED_EXAMPLE)).mainPollutants(), "1.1", "0.3", "0.2");
    }

    @Test
    void referenceItemsAreReportedButNeverMakeTheSectionClass() {
        SampleAssessment result = classifier.assess(WaterBodyType.RIVER, values("DO", "8", "NH3N", "0.1", "TN", "9", "FC", "90000", "WT", "40"));

        assertEquals(Optional.of(WaterClass.I), result.sectionClass());
        assertEquals(Optional.empty(), result.item(WaterQualityItem.TN).orElseThrow().waterClass());
        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), result.item(WaterQualityItem.FC).orElseThrow().waterClass());
        assertFalse(result.item(WaterQualityItem.FC).orElseThrow().countsTowardSectionClass());
        assertEquals(Optional.empty(), result.item(WaterQualityItem.WT).orElseThrow().waterClass());
        assertTrue(result.mainPollutants().isEmpty());
    }

    @Test
    void lakeNitrogenIsClassifiedSeparatelyUnlessConfiguredIntoTheClass() {
        var lakeSample = values("DO", "8", "TP", "0.01", "TN", "1.2");
        SampleAssessment separate = classifier.assess(WaterBodyType.LAKE_RESERVOIR, lakeSample);
        assertEquals(Optional.of(WaterClass.I), separate.sectionClass());
        assertEquals(Optional.of(WaterClass.IV), separate.item(WaterQualityItem.TN).orElseThrow().waterClass());

        WaterQualityClassifier withNitrogen = new WaterQualityClassifier(WaterFixtures.STANDARDS.limits(),
                WaterClassificationOptions.defaults().withTotalNitrogenInLakeClass(true));
        assertEquals(Optional.of(WaterClass.IV), withNitrogen.assess(WaterBodyType.LAKE_RESERVOIR, lakeSample).sectionClass());
        assertEquals(Optional.of(WaterClass.I), withNitrogen.assess(WaterBodyType.RIVER, values("DO", "8", "TN", "1.2")).sectionClass());
    }

    @Test
    void noMainPollutantsAtClassIIIOrBetter() {
        SampleAssessment result = classifier.assess(WaterBodyType.RIVER, values("DO", "5", "NH3N", "1.0", "TP", "0.2"));
        assertEquals(Optional.of(WaterClass.III), result.sectionClass());
        assertTrue(result.mainPollutants().isEmpty());
        assertTrue(result.itemsWorseThanClassIII().isEmpty());
    }

    @Test
    void mainPollutantsTakeOnlyThreeAndRankTiesByMultiple() {
        SampleAssessment result = classifier.assess(WaterBodyType.RIVER,
                values("CODMn", "9", "COD", "28", "BOD5", "5", "NH3N", "1.4", "TP", "0.22"));
        // all class IV; multiples CODMn 0.5, COD 0.4, BOD5 0.25, NH3N 0.4, TP 0.1; COD before NH3N by table order
        assertEquals(List.of(WaterQualityItem.CODMn, WaterQualityItem.COD, WaterQualityItem.NH3N),
                result.mainPollutants().stream().map(ItemAssessment::item).toList());
        assertEquals(5, result.itemsWorseThanClassIII().size());
    }

    @Test
    void dissolvedOxygenRanksByClassButHasNoMultiple() {
        SampleAssessment result = classifier.assess(WaterBodyType.RIVER, values("DO", "2.5", "CODMn", "14", "NH3N", "1.9"));
        // DO V, CODMn V (1.33), NH3N V (0.9): the item without a multiple follows those with one
        assertEquals(List.of(WaterQualityItem.CODMn, WaterQualityItem.NH3N, WaterQualityItem.DO),
                result.mainPollutants().stream().map(ItemAssessment::item).toList());
        assertEquals(Optional.empty(), result.item(WaterQualityItem.DO).orElseThrow().exceedanceMultiple());
    }

    @Test
    void cyanideAndHeavyMetalsLeadTheMainPollutantsAndAreNotCut() {
        var sample = values("CODMn", "16", "NH3N", "2.5", "TP", "0.5", "Pb", "0.06", "CN", "0.21");
        List<WaterQualityItem> main = classifier.assess(WaterBodyType.RIVER, sample).mainPollutants().stream()
                .map(ItemAssessment::item).toList();
        // all but Pb are 劣V: CODMn 1.67, NH3N 1.5, TP 1.5, CN 0.05; Pb is class V
        assertEquals(List.of(WaterQualityItem.CN, WaterQualityItem.Pb, WaterQualityItem.CODMn), main);

        WaterQualityClassifier plain = new WaterQualityClassifier(WaterFixtures.STANDARDS.limits(),
                WaterClassificationOptions.defaults().withItemsListedFirstWhenExceeding(Set.of()));
        assertEquals(List.of(WaterQualityItem.CODMn, WaterQualityItem.NH3N, WaterQualityItem.TP),
                plain.assess(WaterBodyType.RIVER, sample).mainPollutants().stream().map(ItemAssessment::item).toList());
    }

    @Test
    void complianceNamesTheItemsWorseThanTheTarget() {
        SampleAssessment result = classifier.assess(WaterBodyType.RIVER, values(WORKED_EXAMPLE));
        TargetCompliance againstIV = classifier.compliance(result, WaterClass.IV);
        assertFalse(againstIV.meetsTarget());
        assertEquals(List.of(WaterQualityItem.NH3N), againstIV.itemsBreakingTarget().stream().map(ItemAssessment::item).toList());

        TargetCompliance againstIII = classifier.compliance(result, WaterClass.III);
        assertEquals(List.of(WaterQualityItem.CODMn, WaterQualityItem.NH3N, WaterQualityItem.TP),
                againstIII.itemsBreakingTarget().stream().map(ItemAssessment::item).toList());

        assertTrue(classifier.compliance(result, WaterClass.WORSE_THAN_V).meetsTarget());
    }

    @Test
    void exceedanceMultiplesCompareExactlyNotByTheirRoundedValue() {
        // 0.1666… against 0.17 rounded: CODMn 7 vs an item at exactly 0.17 must not tie
        ExceedanceMultiple codMn = ExceedanceMultiple.of(new BigDecimal("7"), new BigDecimal("6"));
        ExceedanceMultiple exact = ExceedanceMultiple.of(new BigDecimal("1.17"), new BigDecimal("1.0"));
        assertThat(exact.rounded(2, RoundingMode.HALF_UP)).isEqualByComparingTo(codMn.rounded(2, RoundingMode.HALF_UP));
        assertTrue(codMn.compareTo(exact) < 0);
    }

    private static void assertMultiples(List<ItemAssessment> items, String... expected) {
        assertEquals(expected.length, items.size());
        for (int i = 0; i < expected.length; i++) {
            BigDecimal displayed = items.get(i).displayedMultiple().orElseThrow();
            assertThat(displayed).as(items.get(i).item() + " multiple " + displayed).isEqualByComparingTo(new BigDecimal(expected[i]));
        }
    }
}
