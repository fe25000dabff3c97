package io.ecocity.air.service.statistics;

import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.domain.assessment.AnnualProgressReport;
import io.ecocity.air.domain.assessment.AnnualTargetProgress;
import io.ecocity.air.domain.assessment.DailyAirValues;
import io.ecocity.air.repository.statistics.AnnualTargetRepository;
import io.ecocity.air.repository.statistics.DailyValueReadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Progress of a year's targets of the city or a town on any day of the year, from the stored daily values. */
@ApplicationScoped
public class TargetProgressService {

    /** The targets, the day they are judged on and the domain's report. */
    public record Progress(int year, StatisticsScope scope, TargetValues targets, AnnualProgressReport report) {
    }

    private final AnnualTargetRepository targets;
    private final DailyValueReadRepository dailyValues;
    private final AnnualTargetProgress progress;

    public TargetProgressService(AnnualTargetRepository targets, DailyValueReadRepository dailyValues,
                                 AssessmentRules rules) {
        this.targets = targets;
        this.dailyValues = dailyValues;
        this.progress = new AnnualTargetProgress(rules.periodOptions(), rules.targetOptions());
    }

    /** Empty when the scope has no targets for the year. */
    @Transactional
    public Optional<Progress> progress(StatisticsScope scope, int year, LocalDate asOf) {
        if (asOf.getYear() != year) {
            throw new IllegalArgumentException("asOf " + asOf + " is not in " + year);
        }
        return targets.find(year, scope.storedScope(), scope.storedScopeId())
                .map(TargetValues::of)
                .filter(values -> !values.isEmpty())
                .map(values -> new Progress(year, scope, values, evaluate(scope, values, asOf)));
    }

    private AnnualProgressReport evaluate(StatisticsScope scope, TargetValues values, LocalDate asOf) {
        int year = asOf.getYear();
        List<DailyAirValues> thisYear = dailyValues.days(scope.storedScope(), scope.storedScopeId(),
                LocalDate.of(year, 1, 1), asOf);
        List<DailyAirValues> lastYear = dailyValues.days(scope.storedScope(), scope.storedScopeId(),
                LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31));
        return progress.evaluate(values.toDomain(), asOf, thisYear, lastYear);
    }

    /**
     * The day published progress is judged on: a past year at its end; the current year at its last day with a
     * stored daily value (a day's values are complete only the day after), or today when there is none yet;
     * a future year at 1 January, where nothing is assessable yet.
     */
    @Transactional
    public LocalDate publicationDay(StatisticsScope scope, int year, LocalDate today) {
        if (year < today.getYear()) {
            return LocalDate.of(year, 12, 31);
        }
        if (year > today.getYear()) {
            return LocalDate.of(year, 1, 1);
        }
        return dailyValues.lastDay(scope.storedScope(), scope.storedScopeId(), LocalDate.of(year, 1, 1), today)
                .orElse(today);
    }
}
