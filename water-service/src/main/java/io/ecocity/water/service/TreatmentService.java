package io.ecocity.water.service;

import io.ecocity.water.domain.TreatmentProgress;
import io.ecocity.water.domain.TreatmentTask;
import io.ecocity.water.domain.TreatmentWorkProgress;
import io.ecocity.water.repository.TreatmentTaskEntity;
import io.ecocity.water.repository.TreatmentTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Sewage-treatment work per year and town, and its completion, which may pass 100 %. */
@ApplicationScoped
public class TreatmentService {

    private final TreatmentTaskRepository tasks;
    private final TreatmentWorkProgress progress;

    public TreatmentService(TreatmentTaskRepository tasks, TreatmentWorkProgress progress) {
        this.tasks = tasks;
        this.progress = progress;
    }

    public record YearProgress(int year, List<TreatmentProgress> towns, TreatmentProgress city) {
    }

    /** Sets a town's figures for the year (planned and completed so far), replacing what was there. */
    @Transactional
    public TreatmentProgress put(TreatmentTask task) {
        TreatmentTaskEntity row = tasks.find(task.year(), task.town()).orElse(null);
        boolean created = row == null;
        if (created) {
            row = new TreatmentTaskEntity();
            row.year = task.year();
            row.town = task.town();
        }
        row.plannedCount = task.plannedCount();
        row.completedCount = task.completedCount();
        row.plannedCapacity = task.plannedCapacity();
        row.completedCapacity = task.completedCapacity();
        row.updatedAt = Instant.now();
        if (created) {
            tasks.persist(row);
        }
        return progress.byTown(List.of(task), task.year()).get(0);
    }

    public YearProgress year(int year) {
        List<TreatmentTask> ofYear = tasks.ofYear(year).stream().map(TreatmentTaskEntity::toDomain).toList();
        return new YearProgress(year, progress.byTown(ofYear, year), progress.cityTotal(ofYear, year));
    }
}
