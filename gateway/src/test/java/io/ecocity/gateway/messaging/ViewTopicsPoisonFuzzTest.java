package io.ecocity.gateway.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirStation;
import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.events.waste.WasteManifest;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.gateway.repository.AirHourlyAssessmentEntity;
import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.repository.CityAirStationEntity;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WasteIndicatorEntity;
import io.ecocity.gateway.repository.WasteManifestEntity;
import io.ecocity.gateway.repository.WaterLatestSampleEntity;
import io.ecocity.gateway.repository.WaterSectionEntity;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.KafkaPoisonFuzz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus on the gateway's topics besides the alerts (stations, station hours, statistics, target
 * progress, water sections and samples, waste indicators and manifests),
 * through the real broker into the gateway's view: whole-body and header faults are dead-lettered with their reasons,
 * and the valid event sent after them is applied, so the batched consumer neither stops nor skips what follows. Each
 * field of a valid event is replaced in turn, except those that would put a town or a current year into the view that
 * other tests read; the test's own figures are of a station, a section, a town and a year nobody else uses.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class ViewTopicsPoisonFuzzTest {

    private static final int YEAR = 2001;
    /** A water sample must name its town; this one is the test's own, which other tests only compare against. */
    private static final String POISON_TOWN = "投毒测试镇";
    private static final Set<String> KEPT = Set.of("town", "scope", "domain", "year", "asOf", "from", "to",
            "periodFrom", "periodTo");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void everyHostileStationHourIsDeadLetteredOrAppliedAndTheNextHourIsApplied() throws Exception {
        String station = "POISON-HOUR-1";
        OffsetDateTime hourEnd = OffsetDateTime.of(YEAR, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        String valid = json.writeValueAsString(
                Payloads.hour("STATION", station, null, hourEnd, 55, 2, "良", "#FFFF00", "pm25"));
        String last = json.writeValueAsString(
                Payloads.hour("STATION", station, null, hourEnd, 77, 2, "良", "#FFFF00", "pm25"));
        String id = ViewKeys.of(ViewKeys.scopeKey("STATION", null, station), hourEnd.toInstant().toString());
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.AIR_ASSESSMENTS,
                EventType.AIR_HOURLY_ASSESSED.type(), station, valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    AirHourlyAssessmentEntity hour = AirHourlyAssessmentEntity.findById(id);
                    return hour != null && Integer.valueOf(77).equals(hour.aqi);
                }));
    }

    @Test
    void everyHostileStatisticIsDeadLetteredOrAppliedAndTheNextStatisticIsApplied() throws Exception {
        LocalDate to = LocalDate.of(YEAR, 6, 30);
        String valid = json.writeValueAsString(Payloads.statistics("CITY", null, YEAR, to, "3.50", null, null,
                "25", null, null, "80.0", null, null));
        String last = json.writeValueAsString(Payloads.statistics("CITY", null, YEAR, to, "3.21", null, null,
                "24", null, null, "81.0", null, null));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.AIR_STATISTICS,
                EventType.AIR_STATISTICS_UPDATED.type(), "CITY", valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> AirStatisticsEntity
                        .<AirStatisticsEntity>find("scope = ?1 and statYear = ?2", "CITY", YEAR).stream()
                        .anyMatch(s -> s.compositeIndex != null
                                && s.compositeIndex.compareTo(new BigDecimal("3.21")) == 0)));
    }

    @Test
    void everyHostileTargetProgressIsDeadLetteredOrAppliedAndTheNextIsApplied() throws Exception {
        LocalDate asOf = LocalDate.of(YEAR, 6, 30);
        String valid = json.writeValueAsString(Payloads.target("air", YEAR, asOf, "CITY", null, "PM25_MEAN",
                "PM2.5年均浓度", "µg/m³", "LOWER_IS_BETTER", "22", "20", "ON_TRACK", "26.5"));
        String last = json.writeValueAsString(Payloads.target("air", YEAR, asOf, "CITY", null, "PM25_MEAN",
                "PM2.5年均浓度", "µg/m³", "LOWER_IS_BETTER", "22", "23", "AT_RISK", "1.5"));
        String id = TargetProgressEntity.keyOf("air", YEAR, "CITY", null, "PM25_MEAN");
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.AIR_TARGETS,
                EventType.AIR_TARGET_PROGRESS.type(), "air-city-pm25", valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    TargetProgressEntity progress = TargetProgressEntity.findById(id);
                    return progress != null && "AT_RISK".equals(progress.status);
                }));
    }

    @Test
    void everyHostileWaterSampleIsDeadLetteredOrAppliedAndTheNextSampleIsApplied() throws Exception {
        String section = "POISON-W1";
        OffsetDateTime sampledAt = OffsetDateTime.of(YEAR, 4, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        String valid = json.writeValueAsString(sample(section, sampledAt, "II", "7.1"));
        String last = json.writeValueAsString(sample(section, sampledAt.plusDays(1), "IV", "2.9"));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.WATER_ASSESSMENTS,
                EventType.WATER_SAMPLE_ASSESSED.type(), section, valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    WaterLatestSampleEntity latest = WaterLatestSampleEntity.findById(section);
                    return latest != null && "IV".equals(latest.waterClass);
                }));
    }

    @Test
    void everyHostileWasteIndicatorIsDeadLetteredOrAppliedAndTheNextIsApplied() throws Exception {
        String valid = json.writeValueAsString(indicator("88.5"));
        String last = json.writeValueAsString(indicator("90.25"));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.WASTE_INDICATORS,
                EventType.WASTE_INDICATOR_UPDATED.type(), "CITY:POISON_RATE", valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> WasteIndicatorEntity
                        .<WasteIndicatorEntity>find("indicatorCode", "POISON_RATE").stream()
                        .anyMatch(i -> i.value != null && i.value.compareTo(new BigDecimal("90.25")) == 0)));
    }

    @Test
    void everyHostileStationIsDeadLetteredOrAppliedAndTheNextRevisionIsApplied() throws Exception {
        String station = "POISON-ST-1";
        String valid = json.writeValueAsString(airStation(station, "投毒测试站", 1));
        String last = json.writeValueAsString(airStation(station, "投毒测试站 改", 2));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.AIR_STATIONS,
                EventType.AIR_STATION_REGISTERED.type(), station, valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    CityAirStationEntity held = CityAirStationEntity.findById(station);
                    return held != null && "投毒测试站 改".equals(held.name);
                }));
    }

    @Test
    void everyHostileSectionIsDeadLetteredOrAppliedAndTheNextRevisionIsApplied() throws Exception {
        String section = "POISON-SEC-1";
        String valid = json.writeValueAsString(waterSection(section, "投毒测试断面", 1));
        String last = json.writeValueAsString(waterSection(section, "投毒测试断面 改", 2));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.WATER_SECTIONS,
                EventType.WATER_SECTION_REGISTERED.type(), section, valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    WaterSectionEntity held = WaterSectionEntity.findById(section);
                    return held != null && "投毒测试断面 改".equals(held.name);
                }));
    }

    @Test
    void everyHostileManifestIsDeadLetteredOrAppliedAndTheNextChangeIsApplied() throws Exception {
        String number = "POISON-M-1";
        OffsetDateTime changed = OffsetDateTime.of(YEAR, 5, 6, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        String valid = json.writeValueAsString(manifest(number, "IN_TRANSIT", "SUBMITTED", changed));
        String last = json.writeValueAsString(manifest(number, "RECEIVED", "IN_TRANSIT", changed.plusDays(1)));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.WASTE_MANIFESTS,
                EventType.WASTE_MANIFEST_CHANGED.type(), number, valid, fields(valid), last,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    WasteManifestEntity held = WasteManifestEntity.findById(number);
                    return held != null && "RECEIVED".equals(held.state);
                }));
    }

    private static AirStation airStation(String id, String name, long revision) {
        return new AirStation(id, name, POISON_TOWN, Payloads.n("23.01"), Payloads.n("113.75"), "MICRO", false,
                revision, OffsetDateTime.of(YEAR, 1, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8)).plusDays(revision));
    }

    private static WaterSection waterSection(String id, String name, long revision) {
        return new WaterSection(id, name, "投毒测试河", "RIVER", "MUNICIPAL", POISON_TOWN, "III", Payloads.n("22.9"),
                Payloads.n("113.9"), false, revision,
                OffsetDateTime.of(YEAR, 1, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8)).plusDays(revision));
    }

    private static WasteManifest manifest(String number, String state, String previous, OffsetDateTime changed) {
        return new WasteManifest(number, state, previous, "HW08", "900-249-08", Payloads.n("12.5"),
                "RECEIVED".equals(state) ? Payloads.n("12.5") : null, "投毒测试厂", "投毒测试运输", "POISON-FAC",
                POISON_TOWN, "test", changed, changed.minusHours(2), false);
    }

    private static WaterSampleAssessment sample(String section, OffsetDateTime sampledAt, String waterClass,
            String dissolvedOxygen) {
        return new WaterSampleAssessment(section, POISON_TOWN, sampledAt, "RIVER", waterClass, "III",
                !"IV".equals(waterClass), List.of(new WaterSampleAssessment.Item("DO", Payloads.n(dissolvedOxygen),
                        waterClass, null)), List.of(), List.of(), false);
    }

    private static WasteIndicator indicator(String value) {
        return new WasteIndicator("POISON_RATE", "测试指标", "A test indicator", "CITY", null, YEAR + "-Q1",
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 3, 31), Payloads.n(value), null, "%",
                "HIGHER_IS_BETTER", null, "v1");
    }

    /** The top-level fields of a valid event that the corpus replaces. */
    private List<String> fields(String valid) throws Exception {
        List<String> fields = new ArrayList<>();
        json.readTree(valid).fieldNames().forEachRemaining(name -> {
            if (!KEPT.contains(name)) {
                fields.add(name);
            }
        });
        return fields;
    }
}
