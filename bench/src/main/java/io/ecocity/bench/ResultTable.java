package io.ecocity.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table: each figure's median over the runs, its range, its reference and its goal. */
final class ResultTable {

    /** A goal: the median must be at least (or at most) {@code bound}. */
    record Goal(boolean atLeast, double bound) {
        static Goal atLeast(double bound) {
            return new Goal(true, bound);
        }

        static Goal atMost(double bound) {
            return new Goal(false, bound);
        }

        boolean metBy(double value) {
            return atLeast ? value >= bound : value <= bound;
        }

        String describe(String unit) {
            return (atLeast ? "≥ " : "≤ ") + number(bound) + " " + unit;
        }
    }

    /** One line of the table. The reference, when there is one, was measured in the same runs. */
    record Row(String workload, String figure, String unit, double[] samples, String reference, double[] referenceSamples,
               Goal goal, Goal ratioGoal, String load) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return rows;
    }

    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] samples) {
        return Arrays.stream(samples).min().orElse(Double.NaN);
    }

    private static double max(double[] samples) {
        return Arrays.stream(samples).max().orElse(Double.NaN);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static final String[] HEADER = {"workload", "figure", "median", "min–max", "runs", "reference (median)",
            "ratio", "goal", "met", "load (1 min)"};

    private List<String[]> cells() {
        List<String[]> lines = new ArrayList<>();
        for (Row row : rows) {
            double median = median(row.samples());
            String reference = "";
            String ratio = "";
            boolean met = row.goal() == null || row.goal().metBy(median);
            StringBuilder goal = new StringBuilder(row.goal() == null ? "" : row.goal().describe(row.unit()));
            if (row.referenceSamples() != null) {
                double referenceMedian = median(row.referenceSamples());
                reference = row.reference() + ": " + number(referenceMedian) + " " + row.unit();
                double r = median / referenceMedian;
                ratio = String.format(Locale.ROOT, "%.1f %%", r * 100);
                if (row.ratioGoal() != null) {
                    goal.append(goal.length() == 0 ? "" : ", ").append("ratio ")
                            .append(row.ratioGoal().atLeast() ? "≥ " : "≤ ")
                            .append(String.format(Locale.ROOT, "%.0f %%", row.ratioGoal().bound() * 100));
                    met &= row.ratioGoal().metBy(r);
                }
            }
            lines.add(new String[] {row.workload(), row.figure(), number(median) + " " + row.unit(),
                    number(min(row.samples())) + "–" + number(max(row.samples())), Integer.toString(row.samples().length),
                    reference, ratio, goal.toString(), row.goal() == null && row.ratioGoal() == null ? "" : met ? "yes" : "NO",
                    row.load()});
        }
        return lines;
    }

    String text() {
        List<String[]> lines = cells();
        int[] widths = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
            for (String[] line : lines) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendPadded(text, HEADER, widths);
        String[] rule = new String[HEADER.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        appendPadded(text, rule, widths);
        for (String[] line : lines) {
            appendPadded(text, line, widths);
        }
        return text.toString();
    }

    private static void appendPadded(StringBuilder text, String[] cells, int[] widths) {
        for (int i = 0; i < cells.length; i++) {
            text.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
            text.append(i == cells.length - 1 ? "\n" : "  ");
        }
    }

    String markdown() {
        StringBuilder text = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|");
        text.append("---|".repeat(HEADER.length)).append('\n');
        for (String[] line : cells()) {
            text.append("| ").append(String.join(" | ", line)).append(" |\n");
        }
        return text.toString();
    }

    String csv() {
        StringBuilder text = new StringBuilder("workload,figure,unit,median,min,max,runs,samples,reference,reference_median,"
                + "ratio,goal,met,load\n");
        List<String[]> formatted = cells();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double median = median(row.samples());
            double referenceMedian = row.referenceSamples() == null ? Double.NaN : median(row.referenceSamples());
            text.append(String.join(",", quote(row.workload()), quote(row.figure()), quote(row.unit()), raw(median),
                    raw(min(row.samples())), raw(max(row.samples())), Integer.toString(row.samples().length),
                    quote(Arrays.stream(row.samples()).mapToObj(ResultTable::raw).reduce((a, b) -> a + " " + b).orElse("")),
                    quote(row.reference() == null ? "" : row.reference()), raw(referenceMedian),
                    Double.isNaN(referenceMedian) ? "" : raw(median / referenceMedian), quote(formatted.get(i)[7]),
                    formatted.get(i)[8], quote(row.load()))).append('\n');
        }
        return text.toString();
    }

    private static String raw(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    void write(Path directory, String stem, String preamble) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(stem + ".md"), preamble + "\n" + markdown());
        Files.writeString(directory.resolve(stem + ".csv"), csv());
    }
}
