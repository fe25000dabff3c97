package io.ecocity.gateway.service;

import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.events.waste.WasteManifest;
import io.ecocity.gateway.domain.EventOrder;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WasteIndicatorEntity;
import io.ecocity.gateway.repository.WasteManifestEntity;
import io.ecocity.support.events.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Applies the waste service's indicators and manifests to the city view. */
@ApplicationScoped
public class WasteViewProjector {

    private final KnownTowns towns;
    private final ViewRows rows;

    public WasteViewProjector(KnownTowns towns, ViewRows rows) {
        this.towns = towns;
        this.rows = rows;
    }

    /** The indicator's key; a town-scope indicator that names no town is refused. */
    public static String idOf(WasteIndicator indicator) {
        if (indicator.scope().equals("TOWN") && (indicator.town() == null || indicator.town().isBlank())) {
            throw new RejectedEventException("a TOWN-scope zero-waste indicator names no town");
        }
        String scopeKey = ViewKeys.scopeKey(indicator.scope(), indicator.town(), null);
        return ViewKeys.of(indicator.indicatorCode(), scopeKey, indicator.period());
    }

    public void applyIndicator(WasteIndicator indicator, Instant eventTime) {
        String id = idOf(indicator);
        WasteIndicatorEntity row = rows.find(WasteIndicatorEntity.class, id);
        if (row == null) {
            row = new WasteIndicatorEntity();
            row.id = id;
        } else if (EventOrder.older(indicator.to(), row.periodTo, eventTime, row.eventTime)) {
            return;
        }
        row.indicatorCode = indicator.indicatorCode();
        row.nameZh = indicator.nameZh();
        row.nameEn = indicator.nameEn();
        row.scope = indicator.scope();
        row.town = indicator.scope().equals("CITY") ? null : indicator.town();
        row.period = indicator.period();
        row.periodFrom = indicator.from();
        row.periodTo = indicator.to();
        row.value = indicator.value();
        row.absenceReason = indicator.absenceReason();
        row.unit = indicator.unit();
        row.direction = indicator.direction();
        row.lastYearValue = indicator.lastYearValue();
        row.catalogueVersion = indicator.catalogueVersion();
        row.receivedAt = Instant.now();
        row.eventTime = eventTime;
        row.persist();
        if (indicator.scope().equals("TOWN")) {
            towns.named(indicator.town());
        }
    }

    public void applyManifest(WasteManifest manifest, Instant eventTime) {
        WasteManifestEntity row = rows.find(WasteManifestEntity.class, manifest.manifestNumber());
        Instant changedAt = manifest.changedAt().toInstant();
        if (row == null) {
            row = new WasteManifestEntity();
            row.manifestNumber = manifest.manifestNumber();
        } else if (EventOrder.older(changedAt, row.changedAt, eventTime, row.eventTime)) {
            return;
        }
        row.state = manifest.state();
        row.wasteCategory = manifest.wasteCategory();
        row.wasteCode = manifest.wasteCode();
        row.quantityTonnes = manifest.quantityTonnes();
        row.receivedTonnes = manifest.receivedTonnes();
        row.town = manifest.town();
        row.changedAt = changedAt;
        row.overdue = manifest.overdue();
        row.eventTime = eventTime;
        row.persist();
        towns.named(manifest.town());
    }
}
