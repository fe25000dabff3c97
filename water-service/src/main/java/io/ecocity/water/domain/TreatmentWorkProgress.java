package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Completion of sewage-treatment work per town and for the city. */
public final class TreatmentWorkProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int percentScale;
    private final RoundingMode percentRounding;

    /** Percent display as the bureau prints it by default: one decimal, half-up. */
    public TreatmentWorkProgress(int percentScale, RoundingMode percentRounding) {
        if (percentScale < 0) {
            throw new IllegalArgumentException("percentScale must not be negative");
        }
        this.percentScale = percentScale;
        this.percentRounding = Objects.requireNonNull(percentRounding);
    }

    public static TreatmentWorkProgress withDefaults() {
        return new TreatmentWorkProgress(1, RoundingMode.HALF_UP);
    }

    /** completed ÷ planned × 100, rounded once; absent when nothing was planned. */
    public Optional<BigDecimal> completionPercent(BigDecimal planned, BigDecimal completed) {
        if (planned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(completed.multiply(HUNDRED).divide(planned, percentScale, percentRounding));
    }

    /** One row per town with work in the year, towns in name order. */
    public List<TreatmentProgress> byTown(Collection<TreatmentTask> tasks, int year) {
        Map<String, List<TreatmentTask>> byTown = tasks.stream()
                .filter(task -> task.year() == year)
                .collect(Collectors.groupingBy(TreatmentTask::town, TreeMap::new, Collectors.toList()));
        return byTown.entrySet().stream()
                .map(entry -> total(year, Optional.of(entry.getKey()), entry.getValue()))
                .toList();
    }

    public TreatmentProgress cityTotal(Collection<TreatmentTask> tasks, int year) {
        return total(year, Optional.empty(), tasks.stream().filter(task -> task.year() == year).toList());
    }

    private TreatmentProgress total(int year, Optional<String> town, List<TreatmentTask> tasks) {
        int plannedCount = tasks.stream().mapToInt(TreatmentTask::plannedCount).sum();
        int completedCount = tasks.stream().mapToInt(TreatmentTask::completedCount).sum();
        BigDecimal plannedCapacity = tasks.stream().map(TreatmentTask::plannedCapacity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal completedCapacity = tasks.stream().map(TreatmentTask::completedCapacity).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TreatmentProgress(year, town, plannedCount, completedCount, plannedCapacity, completedCapacity,
                completionPercent(BigDecimal.valueOf(plannedCount), BigDecimal.valueOf(completedCount)),
                completionPercent(plannedCapacity, completedCapacity));
    }
}
