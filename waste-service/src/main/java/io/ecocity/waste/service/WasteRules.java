package io.ecocity.waste.service;

import io.ecocity.waste.config.WasteConfig;
import io.ecocity.waste.domain.HazardousWasteCodeRules;
import io.ecocity.waste.domain.ManifestAlertPolicy;
import io.ecocity.waste.domain.ManifestAlerts;
import io.ecocity.waste.domain.ManifestNumberFormat;
import io.ecocity.waste.domain.ManifestStateMachine;
import io.ecocity.waste.domain.TargetStatusPolicy;
import io.ecocity.waste.domain.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The domain rules of the zero-waste standards as this deployment configures them; built once at start. */
@ApplicationScoped
public class WasteRules {

    private final Set<String> towns;
    private final ManifestAlerts manifestAlerts;
    private final HazardousWasteCodeRules codeRules;
    private final ManifestNumberFormat numberFormat;
    private final ManifestStateMachine stateMachine = new ManifestStateMachine();
    private final TargetStatusPolicy targetStatusPolicy;

    public WasteRules(WasteConfig config) {
        this.towns = new LinkedHashSet<>(config.towns().stream().map(String::trim).filter(town -> !town.isEmpty()).toList());
        WorkingDayCalendar calendar = new WorkingDayCalendar(config.manifest().holidays().orElse(Set.of()),
                config.manifest().makeUpWorkingDays().orElse(Set.of()));
        this.manifestAlerts = new ManifestAlerts(new ManifestAlertPolicy(config.manifest().receiptWorkingDays(), calendar,
                config.manifest().discrepancyTolerancePercent(), config.facility().capacityAlertPercent()));
        this.codeRules = new HazardousWasteCodeRules(
                HazardousWasteCodeRules.parseCategoryRanges(config.manifest().hazardousCategories()));
        this.numberFormat = new ManifestNumberFormat(config.manifest().numberPattern());
        this.targetStatusPolicy = new TargetStatusPolicy(config.targets().atRiskMargin(),
                config.targets().feasibleMinimum(), config.targets().feasibleMaximum());
    }

    public boolean isKnownTown(String town) {
        return town != null && towns.contains(town);
    }

    public List<String> towns() {
        return List.copyOf(towns);
    }

    public ManifestAlerts manifestAlerts() {
        return manifestAlerts;
    }

    public HazardousWasteCodeRules codeRules() {
        return codeRules;
    }

    public ManifestNumberFormat numberFormat() {
        return numberFormat;
    }

    public ManifestStateMachine stateMachine() {
        return stateMachine;
    }

    public TargetStatusPolicy targetStatusPolicy() {
        return targetStatusPolicy;
    }
}
