package io.ecocity.water.service;

import io.ecocity.water.domain.Decimals;
import io.ecocity.events.EventType;
import io.ecocity.events.common.Alert;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.water.domain.AlertType;
import io.ecocity.water.domain.WaterAlert;
import io.ecocity.water.domain.WaterAlertRules;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterQualityItem;
import io.ecocity.water.domain.WaterQualityClassifier;
import io.ecocity.water.domain.WaterSample;
import io.ecocity.water.repository.AlertEntity;
import io.ecocity.water.repository.AlertRepository;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.repository.SectionRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises and clears the water alerts and announces each change on {@code water.alerts}. An alert's id names its
 * condition (kind, section, sample time or month), so a correction that removes the condition clears the same alert.
 */
@ApplicationScoped
public class AlertService {

    public static final String SAMPLE_WORSE_THAN_TARGET = "SAMPLE_WORSE_THAN_TARGET";
    public static final String DO_BELOW_TARGET = "DO_BELOW_TARGET";
    public static final String SECTION_NO_SAMPLE = "SECTION_NO_SAMPLE";

    private static final DateTimeFormatter SAMPLE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final AlertRepository alerts;
    private final SectionRepository sections;
    private final SampleRepository samples;
    private final WaterAlertRules rules;
    private final WaterQualityClassifier classifier;
    private final EventOutbox outbox;

    public AlertService(AlertRepository alerts, SectionRepository sections, SampleRepository samples,
            WaterAlertRules rules, WaterQualityClassifier classifier, EventOutbox outbox) {
        this.alerts = alerts;
        this.sections = sections;
        this.samples = samples;
        this.rules = rules;
        this.classifier = classifier;
        this.outbox = outbox;
    }

    /** A new or corrected sample: its own alerts raised or cleared, and the month's missing-sample alert cleared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSample(SectionEntity section, WaterClass targetClass, Instant sampledAt, WaterSample sample) {
        Map<AlertType, WaterAlert> raised = new EnumMap<>(AlertType.class);
        rules.sampleAlerts(section.toDomain(), targetClass, sample).forEach(alert -> raised.put(alert.type(), alert));
        boolean worseThanV = classifier.assess(section.waterBodyType, sample.values()).sectionClass()
                .filter(waterClass -> waterClass == WaterClass.WORSE_THAN_V).isPresent();
        for (AlertType type : List.of(AlertType.WORSE_THAN_TARGET, AlertType.DISSOLVED_OXYGEN_BELOW_TARGET)) {
            String id = sampleAlertId(type, section.sectionId, sampledAt);
            WaterAlert alert = raised.get(type);
            if (alert == null) {
                clear(id);
            } else {
                String severity = type == AlertType.WORSE_THAN_TARGET && worseThanV ? "CRITICAL" : "WARNING";
                raise(id, section, alert, severity, valuesOf(type, sample, section, targetClass));
            }
        }
        clear(missingSampleAlertId(section.sectionId, YearMonth.from(sample.sampledOn())));
    }

    /** Raises the missing-sample alert of each assessed section with no sample by the deadline of this or last month. */
    @Transactional
    public int checkMissingSamples(LocalDate today) {
        int raisedCount = 0;
        YearMonth thisMonth = YearMonth.from(today);
        for (SectionEntity section : sections.assessedInIdOrder()) {
            for (YearMonth month : List.of(thisMonth.minusMonths(1), thisMonth)) {
                List<WaterSample> ofMonth = samples.ofSectionBetween(section.sectionId, month.atDay(1), month.atEndOfMonth())
                        .stream().map(s -> s.toDomain()).toList();
                Optional<WaterAlert> missing = rules.missingMonthlySample(section.toDomain(), month, ofMonth, today);
                if (missing.isPresent()) {
                    String id = missingSampleAlertId(section.sectionId, month);
                    AlertEntity existing = alerts.findById(id);
                    if (existing == null || !"RAISED".equals(existing.state)) {
                        raise(id, section, missing.get(), "INFO", new AlertValues(null, null, null));
                        raisedCount++;
                    }
                }
            }
        }
        return raisedCount;
    }

    @Scheduled(cron = "{ecocity.water.alerts.missing-sample-check-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dailyMissingSampleCheck() {
        checkMissingSamples(BeijingTime.today());
    }

    static String sampleAlertId(AlertType type, String sectionId, Instant sampledAt) {
        return "water:" + kindOf(type) + ":" + sectionId + ":" + SAMPLE_TIME.format(BeijingTime.of(sampledAt));
    }

    static String missingSampleAlertId(String sectionId, YearMonth month) {
        return "water:" + SECTION_NO_SAMPLE + ":" + sectionId + ":" + month;
    }

    private record AlertValues(BigDecimal value, BigDecimal threshold, String unit) {
    }

    private AlertValues valuesOf(AlertType type, WaterSample sample, SectionEntity section, WaterClass targetClass) {
        if (type != AlertType.DISSOLVED_OXYGEN_BELOW_TARGET) {
            return new AlertValues(null, null, null);
        }
        BigDecimal limit = classifier.limits().limitsFor(WaterQualityItem.DO, section.waterBodyType)
                .flatMap(limits -> limits.limit(targetClass)).orElse(null);
        return new AlertValues(Decimals.plain(sample.values().get(WaterQualityItem.DO)), limit,
                WaterQualityItem.DO.unit().symbol());
    }

    private void raise(String id, SectionEntity section, WaterAlert alert, String severity, AlertValues values) {
        Instant now = Instant.now();
        String title = titleOf(alert.type(), section);
        AlertEntity row = alerts.findById(id);
        if (row != null && "RAISED".equals(row.state) && row.message.equals(alert.message())
                && row.severity.equals(severity)) {
            return;
        }
        boolean created = row == null;
        if (created) {
            row = new AlertEntity();
            row.alertId = id;
            row.raisedAt = now;
        } else if (!"RAISED".equals(row.state)) {
            row.raisedAt = now;
        }
        row.kind = kindOf(alert.type());
        row.sectionId = section.sectionId;
        row.town = section.town;
        row.severity = severity;
        row.state = "RAISED";
        row.relatesTo = alert.relatesTo();
        row.title = title;
        row.message = alert.message();
        row.value = values.value();
        row.threshold = values.threshold();
        row.unit = values.unit();
        row.updatedAt = now;
        if (created) {
            // the insert takes the entity's state at persist time, so it must be complete by then
            alerts.persist(row);
        }
        publish(row);
    }

    private void clear(String id) {
        AlertEntity row = alerts.findById(id);
        if (row == null || !"RAISED".equals(row.state)) {
            return;
        }
        row.state = "CLEARED";
        row.updatedAt = Instant.now();
        publish(row);
    }

    private void publish(AlertEntity row) {
        outbox.append(EventType.WATER_ALERT, row.alertId, toEvent(row));
    }

    public static Alert toEvent(AlertEntity row) {
        return new Alert(row.alertId, "water", row.kind, row.severity, row.state, row.sectionId, row.town, row.title,
                row.message, Decimals.plain(row.value), Decimals.plain(row.threshold), row.unit, BeijingTime.of(row.raisedAt));
    }

    private static String titleOf(AlertType type, SectionEntity section) {
        return switch (type) {
            case WORSE_THAN_TARGET -> section.name + "：样品劣于目标类别";
            case DISSOLVED_OXYGEN_BELOW_TARGET -> section.name + "：溶解氧低于目标类别限值";
            case MISSING_MONTHLY_SAMPLE -> section.name + "：本月未报监测数据";
        };
    }

    static String kindOf(AlertType type) {
        return switch (type) {
            case WORSE_THAN_TARGET -> SAMPLE_WORSE_THAN_TARGET;
            case DISSOLVED_OXYGEN_BELOW_TARGET -> DO_BELOW_TARGET;
            case MISSING_MONTHLY_SAMPLE -> SECTION_NO_SAMPLE;
        };
    }
}
