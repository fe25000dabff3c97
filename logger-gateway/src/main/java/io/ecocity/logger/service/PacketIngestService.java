package io.ecocity.logger.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirObservation;
import io.ecocity.events.water.WaterSample;
import io.ecocity.logger.domain.CommandParameters;
import io.ecocity.logger.domain.FrameRejection;
import io.ecocity.logger.domain.Hj212Packet;
import io.ecocity.logger.domain.MalformedPacketException;
import io.ecocity.logger.domain.MonitoredItem;
import io.ecocity.logger.domain.Readings;
import io.ecocity.logger.repository.LoggerDeviceEntity;
import io.ecocity.logger.repository.LoggerDeviceRepository;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a complete packet from a logger becomes. Hourly data (2061) become the suite's event in the outbox, in one
 * transaction with the device check: when {@link #ingest} returns {@code acknowledge}, the event is committed and
 * the relay will publish it, so the 9014 written after it never answers a packet that could still be lost.
 */
@ApplicationScoped
public class PacketIngestService {

    public static final String HOURLY = "2061";
    public static final String REAL_TIME = "2011";
    public static final String MINUTE = "2051";
    public static final String DAILY = "2031";

    /**
     * @param rejection null when the packet was taken; then {@code acknowledge} says whether a 9014 may be sent
     */
    public record Result(boolean acknowledge, FrameRejection rejection, String detail) {
        static Result taken(String detail) {
            return new Result(true, null, detail);
        }

        static Result refused(FrameRejection reason, String detail) {
            return new Result(false, reason, detail);
        }
    }

    private final LoggerDeviceRepository devices;
    private final EventOutbox outbox;
    private final ObjectMapper json;
    private final LoggerMetrics metrics;
    private final LatestReadings latest;

    public PacketIngestService(LoggerDeviceRepository devices, EventOutbox outbox, ObjectMapper json,
            LoggerMetrics metrics, LatestReadings latest) {
        this.devices = devices;
        this.outbox = outbox;
        this.json = json;
        this.metrics = metrics;
        this.latest = latest;
    }

    /** Takes the pieces of one packet (one, unless it was split), in PNO order. Blocks: call it off the event loop. */
    public Result ingest(List<Hj212Packet> pieces) {
        Hj212Packet first = pieces.get(0);
        CommandParameters cp;
        try {
            cp = CommandParameters.parse(first.cp());
            for (int i = 1; i < pieces.size(); i++) {
                cp.add(pieces.get(i).cp());
            }
        } catch (MalformedPacketException e) {
            return Result.refused(FrameRejection.BAD_SEGMENT, e.getMessage());
        }
        Tally tally = new Tally();
        try {
            Result result = QuarkusTransaction.requiringNew().call(() -> inTransaction(pieces, cp, tally));
            // counted once committed: a transaction that fails at commit counts only as a storage failure
            tally.countInto(metrics);
            return result;
        } catch (MalformedPacketException e) {
            return Result.refused(FrameRejection.BAD_SEGMENT, e.getMessage());
        } catch (RuntimeException e) {
            return Result.refused(FrameRejection.STORAGE_FAILURE, e.getMessage());
        }
    }

    private Result inTransaction(List<Hj212Packet> pieces, CommandParameters cp, Tally tally) {
        Hj212Packet packet = pieces.get(0);
        LoggerDeviceEntity device = devices.findById(packet.mn());
        if (device == null) {
            return Result.refused(FrameRejection.UNKNOWN_DEVICE, "MN " + packet.mn() + " is not registered");
        }
        if (!samePassword(device.password, packet.pw()) || !pieces.stream().allMatch(p -> p.pw().equals(packet.pw()))) {
            return Result.refused(FrameRejection.WRONG_PASSWORD, "PW does not match the registered one");
        }
        switch (packet.cn()) {
            case HOURLY -> {
                Result result = hourly(device, cp, tally);
                tally.accepted = HOURLY;
                return result;
            }
            case REAL_TIME, MINUTE -> {
                Readings readings = Readings.of(cp, device.kind, REAL_TIME.equals(packet.cn()) ? "Rtd" : "Avg");
                tally.leftOut = readings.leftOut();
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                readings.values().forEach((item, value) -> values.put(item.eventName(), value));
                latest.put(new LatestReadings.Latest(device.mn, packet.cn(), BeijingTime.of(beijing(cp.dataTime())),
                        Instant.now(), values, readings.leftOut()));
                tally.accepted = packet.cn();
                return Result.taken("kept as the device's latest " + (REAL_TIME.equals(packet.cn()) ? "real-time" : "minute")
                        + " data");
            }
            case DAILY -> {
                cp.dataTime(); // a daily packet without a well-formed DataTime is refused like any other
                tally.accepted = DAILY;
                return Result.taken("daily data counted; the suite computes its own daily values from the hours");
            }
            default -> {
                return Result.refused(FrameRejection.UNSUPPORTED_COMMAND, "CN " + packet.cn() + " is not an upload this"
                        + " gateway takes (2061, 2051, 2011, 2031)");
            }
        }
    }

    private Result hourly(LoggerDeviceEntity device, CommandParameters cp, Tally tally) {
        LocalDateTime hourStart = cp.dataTime();
        if (hourStart.getMinute() != 0 || hourStart.getSecond() != 0) {
            throw new MalformedPacketException("DataTime " + cp.get("DataTime") + " of hourly data is not a whole hour");
        }
        Readings readings = Readings.of(cp, device.kind, "Avg");
        tally.leftOut = readings.leftOut();
        if (readings.values().isEmpty()) {
            tally.notPublished = "no-valid-value";
            return Result.taken("no value flagged N: nothing to report for this hour");
        }
        EventType type;
        Object payload;
        if (device.kind == MonitoredItem.Kind.AIR) {
            // HJ 212 labels an hour by its start; the suite by its end (air-observation.v1 "time")
            OffsetDateTime hourEnd = BeijingTime.of(beijing(hourStart.plusHours(1)));
            Map<MonitoredItem, BigDecimal> v = readings.values();
            type = EventType.AIR_OBSERVATION_REPORTED;
            payload = new AirObservation(device.targetId, hourEnd, v.get(MonitoredItem.SO2), v.get(MonitoredItem.NO2),
                    v.get(MonitoredItem.PM10), v.get(MonitoredItem.PM25), v.get(MonitoredItem.CO), v.get(MonitoredItem.O3));
        } else {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            readings.values().forEach((item, value) -> values.put(item.eventName(), value));
            type = EventType.WATER_SAMPLE_REPORTED;
            payload = new WaterSample(device.targetId, BeijingTime.of(beijing(hourStart)), values);
        }
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload cannot be written as JSON", e);
        }
        List<String> violations = EventContracts.violations(type.type(), body);
        if (!violations.isEmpty()) {
            throw new MalformedPacketException("the packet makes no valid " + type.type() + ": " + violations);
        }
        outbox.append(type, device.targetId, payload);
        tally.appended = type.type();
        return Result.taken("reported as " + type.type());
    }

    /** What a packet adds to the counters, applied after its transaction committed. */
    private static final class Tally {
        String accepted;
        String appended;
        String notPublished;
        Map<String, Integer> leftOut = Map.of();

        void countInto(LoggerMetrics metrics) {
            if (accepted != null) {
                metrics.accepted(accepted);
            }
            if (appended != null) {
                metrics.appended(appended);
            }
            if (notPublished != null) {
                metrics.notPublished(notPublished);
            }
            leftOut.forEach(metrics::leftOut);
        }
    }

    private static Instant beijing(LocalDateTime local) {
        return local.atZone(BeijingTime.ZONE).toInstant();
    }

    private static boolean samePassword(String registered, String sent) {
        return MessageDigest.isEqual(registered.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
