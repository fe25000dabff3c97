package io.ecocity.air.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds figures a report must not show: a concentration with more decimals than HJ 633-2026 §4.2.2 reports
 * (integers in µg/m³, CO one decimal in mg/m³), any figure with more than three decimals (the finest reported
 * precision, a sub-index), a run of 0s or 9s in the decimals (a float or a cut division), and a target padded with
 * zeros nobody entered.
 */
final class ReportedFigureScan {

    private static final int FINEST_SCALE = 3;

    private ReportedFigureScan() {
    }

    static void scan(String where, JsonNode node, List<String> artefacts) {
        walk(where, "", null, node, artefacts);
    }

    private static void walk(String where, String path, JsonNode parent, JsonNode node, List<String> artefacts) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(where, path + "." + field.getKey(), node, field.getValue(), artefacts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(where, path + "[" + i + "]", node, node.get(i), artefacts);
            }
        } else if (node.isNumber()) {
            String problem = problem(path, parent, node.decimalValue());
            if (problem != null) {
                artefacts.add(where + " " + path + " = " + node.asText() + ": " + problem);
            }
        }
    }

    private static String problem(String path, JsonNode parent, BigDecimal value) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String decimals = dot < 0 ? "" : plain.substring(dot + 1);
        if (decimals.contains("0000") || decimals.contains("9999")) {
            return "a run of 0s or 9s";
        }
        if (value.scale() > FINEST_SCALE) {
            return "more than " + FINEST_SCALE + " decimals";
        }
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (field.equals("target") && value.stripTrailingZeros().scale() < value.scale()
                && value.scale() > 0) {
            return "a target padded with zeros";
        }
        Integer scale = reportedScale(path, field, parent);
        if (scale != null && value.scale() > scale) {
            return "a reported concentration has " + value.scale() + " decimals, not at most " + scale;
        }
        return null;
    }

    /** The decimals HJ 633-2026 §4.2.2 reports a concentration to, or null for a figure that is not one. */
    private static Integer reportedScale(String path, String field, JsonNode parent) {
        if (path.contains(".previous.") || path.contains(".current.")) {
            return null; // the observation as reported to the service, exact as given
        }
        String pollutant = null;
        if (path.contains(".concentrations.")) {
            pollutant = field;
        } else if (field.equals("concentration") && parent != null && parent.hasNonNull("indicator")) {
            pollutant = parent.get("indicator").asText();
        }
        if (pollutant == null) {
            return null;
        }
        return pollutant.toLowerCase(java.util.Locale.ROOT).startsWith("co") ? 1 : 0;
    }
}
