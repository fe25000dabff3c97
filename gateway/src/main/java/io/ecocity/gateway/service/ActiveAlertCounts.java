package io.ecocity.gateway.service;

import io.ecocity.gateway.rest.AlertView.ActiveAlerts;
import java.util.List;
import java.util.function.Predicate;

/** Counts of raised alerts by domain and severity, read in one query and summed as each answer needs them. */
public record ActiveAlertCounts(List<Row> rows) {

    public record Row(String domain, String severity, long count, long unacknowledged) {
    }

    public ActiveAlerts of(String domain) {
        return sum(row -> row.domain().equals(domain));
    }

    public ActiveAlerts total() {
        return sum(row -> true);
    }

    private ActiveAlerts sum(Predicate<Row> which) {
        long critical = 0;
        long warning = 0;
        long info = 0;
        long unacknowledged = 0;
        for (Row row : rows) {
            if (!which.test(row)) {
                continue;
            }
            switch (row.severity()) {
                case "CRITICAL" -> critical += row.count();
                case "WARNING" -> warning += row.count();
                default -> info += row.count();
            }
            unacknowledged += row.unacknowledged();
        }
        return new ActiveAlerts(critical + warning + info, critical, warning, info, unacknowledged);
    }
}
