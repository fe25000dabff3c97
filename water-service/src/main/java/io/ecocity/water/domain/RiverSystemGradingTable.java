package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * River or basin grading by section-class shares, read from {@code standards/water_river_system_grading.csv}:
 * the conditions are parsed from the table's own text, so a corrected table changes the rule without code.
 * Row 0 gives the section count below which the per-indicator mean method applies instead.
 */
public final class RiverSystemGradingTable {

    public static final String RESOURCE = "/standards/water_river_system_grading.csv";

    /** A half-open band lower ≤ share < upper, in percent; a missing bound is open. */
    public record ShareBand(Optional<BigDecimal> lowerInclusive, Optional<BigDecimal> upperExclusive) {

        public static final ShareBand ANY = new ShareBand(Optional.empty(), Optional.empty());

        public boolean contains(Share share) {
            return lowerInclusive.map(share::isAtLeastPercent).orElse(true)
                    && upperExclusive.map(share::isBelowPercent).orElse(true);
        }

        ShareBand intersect(ShareBand other) {
            return new ShareBand(lowerInclusive.or(other::lowerInclusive), upperExclusive.or(other::upperExclusive));
        }
    }

    /** One graded row: the status when both shares fall in their bands. */
    public record GradingRule(int order, WaterQualityStatus status, ShareBand goodShare, ShareBand worseThanVShare) {

        public boolean matches(Share good, Share worseThanV) {
            return goodShare.contains(good) && worseThanVShare.contains(worseThanV);
        }

        public GradingRule withGoodShareUpperExclusive(BigDecimal percent) {
            return new GradingRule(order, status, new ShareBand(goodShare.lowerInclusive(), Optional.of(percent)), worseThanVShare);
        }
    }

    private static final Pattern FEWER_THAN = Pattern.compile("fewer than (\\d+) sections");
    private static final Pattern TERM = Pattern.compile(
            "^(?:(\\d+(?:\\.\\d+)?)%\\s*<=\\s*)?share\\((I-III|劣V)\\)(?:\\s*(>=|<)\\s*(\\d+(?:\\.\\d+)?)%)?$");

    private final int minimumSectionsForProportionMethod;
    private final List<GradingRule> rules;

    RiverSystemGradingTable(int minimumSectionsForProportionMethod, List<GradingRule> rules) {
        this.minimumSectionsForProportionMethod = minimumSectionsForProportionMethod;
        this.rules = List.copyOf(rules);
    }

    public static RiverSystemGradingTable loadFromClasspath() {
        Integer minimumSections = null;
        List<GradingRule> rules = new ArrayList<>();
        for (StandardsCsv.Row row : StandardsCsv.readClasspath(RESOURCE)) {
            int order = Integer.parseInt(row.get("rule_order"));
            String condition = row.get("condition");
            if (order == 0) {
                Matcher matcher = FEWER_THAN.matcher(condition);
                if (!matcher.find()) {
                    throw new IllegalStateException(RESOURCE + " row 0 does not state the section count: " + condition);
                }
                minimumSections = Integer.parseInt(matcher.group(1));
                continue;
            }
            rules.add(parseRule(order, condition, WaterQualityStatus.fromChineseName(row.get("status_cn"))));
        }
        if (minimumSections == null || rules.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is incomplete");
        }
        return new RiverSystemGradingTable(minimumSections, rules);
    }

    /** With fewer sections than this the river is graded by the class of its per-indicator means. */
    public int minimumSectionsForProportionMethod() {
        return minimumSectionsForProportionMethod;
    }

    public List<GradingRule> rules() {
        return rules;
    }

    static GradingRule parseRule(int order, String condition, WaterQualityStatus status) {
        ShareBand good = ShareBand.ANY;
        ShareBand worseThanV = ShareBand.ANY;
        for (String term : condition.split("\\s+and\\s+")) {
            Matcher matcher = TERM.matcher(term.strip());
            if (!matcher.matches()) {
                throw new IllegalStateException("grading condition not understood: " + term);
            }
            Optional<BigDecimal> lower = Optional.ofNullable(matcher.group(1)).map(BigDecimal::new);
            Optional<BigDecimal> upper = Optional.empty();
            if (matcher.group(3) != null) {
                BigDecimal bound = new BigDecimal(matcher.group(4));
                if (matcher.group(3).equals(">=")) {
                    lower = Optional.of(bound);
                } else {
                    upper = Optional.of(bound);
                }
            }
            ShareBand band = new ShareBand(lower, upper);
            if (Objects.equals(matcher.group(2), "I-III")) {
                good = good.intersect(band);
            } else {
                worseThanV = worseThanV.intersect(band);
            }
        }
        return new GradingRule(order, status, good, worseThanV);
    }
}
