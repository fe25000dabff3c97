package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a monthly waste report (quantity key → tonnes) and lists every problem, field by field.
 *
 * <p>Checks, each applied only when all its fields are reported and none is negative:
 * <ul>
 *   <li>every key is a {@link WasteQuantity} key and every value is a number ≥ 0;</li>
 *   <li>{@code industrialSolid.utilisedFromStorage ≤ industrialSolid.utilised}: utilisation includes the
 *       part taken from earlier years' storage (NBS definition);</li>
 *   <li>{@code industrialSolid.utilised ≤ industrialSolid.generated + industrialSolid.utilisedFromStorage}:
 *       nothing else is available to utilise;</li>
 *   <li>{@code household.incinerated + household.foodWasteTreated + household.landfilled ≤ household.collected}:
 *       treatment works on what sanitation collected. {@code household.recycled} is left out on purpose,
 *       because recyclables are recovered by the recycling network and are not part of 清运量;</li>
 *   <li>{@code construction.resourceUtilised ≤ construction.generated}, {@code agricultural.strawUtilised ≤
 *       agricultural.strawCollectible}, {@code agricultural.manureUtilised ≤ agricultural.manureGenerated}:
 *       the catalogue rates divide by these, so a rate above 100 % means a reporting error.</li>
 * </ul>
 * Deliberately not checked: medical and hazardous waste utilised/disposed against generated, and
 * industrial disposed + stored against generated, because stock from earlier periods (and, for hazardous
 * waste, waste received from other producers) can legitimately be utilised or disposed this month.
 */
public final class MonthlyReportValidator {

    private record UpperBound(String blamedField, List<WasteQuantity> sum, List<WasteQuantity> bound, String why) {
    }

    private static final List<UpperBound> UPPER_BOUNDS = List.of(
            new UpperBound(WasteQuantity.INDUSTRIAL_SOLID_UTILISED_FROM_STORAGE.key(),
                    List.of(WasteQuantity.INDUSTRIAL_SOLID_UTILISED_FROM_STORAGE),
                    List.of(WasteQuantity.INDUSTRIAL_SOLID_UTILISED),
                    "utilisation from storage is part of total utilisation"),
            new UpperBound(WasteQuantity.INDUSTRIAL_SOLID_UTILISED.key(),
                    List.of(WasteQuantity.INDUSTRIAL_SOLID_UTILISED),
                    List.of(WasteQuantity.INDUSTRIAL_SOLID_GENERATED, WasteQuantity.INDUSTRIAL_SOLID_UTILISED_FROM_STORAGE),
                    "more utilised than generated plus taken from storage"),
            new UpperBound(WasteQuantity.HOUSEHOLD_COLLECTED.key(),
                    List.of(WasteQuantity.HOUSEHOLD_INCINERATED, WasteQuantity.HOUSEHOLD_FOOD_WASTE_TREATED,
                            WasteQuantity.HOUSEHOLD_LANDFILLED),
                    List.of(WasteQuantity.HOUSEHOLD_COLLECTED),
                    "more household waste treated than collected"),
            new UpperBound(WasteQuantity.CONSTRUCTION_RESOURCE_UTILISED.key(),
                    List.of(WasteQuantity.CONSTRUCTION_RESOURCE_UTILISED),
                    List.of(WasteQuantity.CONSTRUCTION_GENERATED),
                    "more construction waste utilised than generated"),
            new UpperBound(WasteQuantity.AGRICULTURAL_STRAW_UTILISED.key(),
                    List.of(WasteQuantity.AGRICULTURAL_STRAW_UTILISED),
                    List.of(WasteQuantity.AGRICULTURAL_STRAW_COLLECTIBLE),
                    "more straw utilised than collectible"),
            new UpperBound(WasteQuantity.AGRICULTURAL_MANURE_UTILISED.key(),
                    List.of(WasteQuantity.AGRICULTURAL_MANURE_UTILISED),
                    List.of(WasteQuantity.AGRICULTURAL_MANURE_GENERATED),
                    "more manure utilised than generated"));

    private MonthlyReportValidator() {
    }

    /** Every violation found; an empty list means the report is acceptable. */
    public static List<FieldViolation> validate(Map<String, BigDecimal> report) {
        List<FieldViolation> violations = new ArrayList<>();
        report.forEach((key, value) -> {
            if (WasteQuantity.fromKey(key).isEmpty()) {
                violations.add(new FieldViolation(key, unknownKeyMessage(key)));
            } else if (value == null) {
                violations.add(new FieldViolation(key, "must be a number of tonnes, was null"));
            } else if (value.signum() < 0) {
                violations.add(new FieldViolation(key, "must not be negative, was " + value.toPlainString()));
            }
        });
        for (UpperBound check : UPPER_BOUNDS) {
            BigDecimal sum = total(check.sum, report);
            BigDecimal bound = total(check.bound, report);
            if (sum != null && bound != null && sum.compareTo(bound) > 0) {
                violations.add(new FieldViolation(check.blamedField, check.why + ": "
                        + describe(check.sum) + " = " + sum.toPlainString() + " t exceeds "
                        + describe(check.bound) + " = " + bound.toPlainString() + " t"));
            }
        }
        return violations;
    }

    /** Says whether the stream or only the field is unknown, and what is known instead. */
    private static String unknownKeyMessage(String key) {
        String stream = WasteQuantity.streamOf(key);
        List<String> keys = WasteQuantity.keysOf(stream);
        if (keys.isEmpty()) {
            return "unknown quantity: no stream '" + stream + "'; the streams are " + String.join(", ", WasteQuantity.streams());
        }
        return "unknown quantity: stream " + stream + " has " + String.join(", ", keys);
    }

    /** Null when a field is missing or negative: a bound over bad figures would only add noise. */
    private static BigDecimal total(List<WasteQuantity> fields, Map<String, BigDecimal> report) {
        BigDecimal total = BigDecimal.ZERO;
        for (WasteQuantity field : fields) {
            BigDecimal value = report.get(field.key());
            if (value == null || value.signum() < 0) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    private static String describe(List<WasteQuantity> fields) {
        return fields.stream().map(WasteQuantity::key).collect(Collectors.joining(" + "));
    }
}
