package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Display and grading choices for city and river-system results.
 *
 * @param shareDisplayScale decimals of a displayed share; default 1, as bulletins print "66.7%".
 * @param shareRounding default half-up.
 * @param minimumSectionsForProportionMethod override of the table's "fewer than 5 sections" row;
 *        default empty (use the table). The Shenzhen wording "大于5个" would mean 6 [S].
 * @param heavilyPollutedGoodShareBelow override of the I–III bound of the 重度污染 row; default empty
 *        (use the table's 75 %). The original 2011 text may read 60 % [U].
 */
public record CityAssessmentOptions(
        int shareDisplayScale,
        RoundingMode shareRounding,
        OptionalInt minimumSectionsForProportionMethod,
        Optional<BigDecimal> heavilyPollutedGoodShareBelow) {

    public CityAssessmentOptions {
        if (shareDisplayScale < 0) {
            throw new IllegalArgumentException("shareDisplayScale must not be negative");
        }
        Objects.requireNonNull(shareRounding);
        Objects.requireNonNull(minimumSectionsForProportionMethod);
        Objects.requireNonNull(heavilyPollutedGoodShareBelow);
    }

    public static CityAssessmentOptions defaults() {
        return new CityAssessmentOptions(1, RoundingMode.HALF_UP, OptionalInt.empty(), Optional.empty());
    }

    public CityAssessmentOptions withHeavilyPollutedGoodShareBelow(BigDecimal percent) {
        return new CityAssessmentOptions(shareDisplayScale, shareRounding, minimumSectionsForProportionMethod, Optional.of(percent));
    }

    public CityAssessmentOptions withMinimumSectionsForProportionMethod(int sections) {
        return new CityAssessmentOptions(shareDisplayScale, shareRounding, OptionalInt.of(sections), heavilyPollutedGoodShareBelow);
    }
}
