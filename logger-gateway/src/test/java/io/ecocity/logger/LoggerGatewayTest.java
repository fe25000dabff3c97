package io.ecocity.logger;

import static io.ecocity.logger.Hj212TestEncoder.ascii;
import static io.ecocity.logger.Hj212TestEncoder.frame;
import static io.ecocity.logger.Hj212TestEncoder.nextQn;
import static io.ecocity.logger.Hj212TestEncoder.segment;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.logger.messaging.Hj212TcpServer;
import io.ecocity.logger.service.LoggerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Packets sent over real TCP to the running gateway, events read from a real Kafka broker (in the test JVM), the
 * database H2 in memory (or the PostgreSQL of ECOCITY_TEST_DB_URL_LOGGER); nothing is stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class LoggerGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "123456";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Hj212TcpServer server;

    @Inject
    MeterRegistry meters;

    private static void register(String mn, String kind, String targetId) {
        given().contentType(ContentType.JSON)
                .body("{\"mn\":\"" + mn + "\",\"kind\":\"" + kind + "\",\"targetId\":\"" + targetId
                        + "\",\"password\":\"" + PW + "\"}")
                .post("/api/loggers/devices").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
    }

    @Inject
    javax.sql.DataSource dataSource;

    private int outboxEventsKeyed(String key) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement count = connection.prepareStatement(
                     "select count(*) from outbox_event where event_key = ?")) {
            count.setString(1, key);
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private double rejected(String reason) {
        return meters.counter(LoggerMetrics.REJECTED, "reason", reason).count();
    }

    private double leftOut(String flag) {
        return meters.counter(LoggerMetrics.LEFT_OUT, "flag", flag).count();
    }

    private double accepted(String command) {
        return meters.counter(LoggerMetrics.ACCEPTED, "command", command).count();
    }

    private static String hourly(String qn, String mn, int flag, LocalDateTime hourStart, String cp) {
        return segment(qn, "22", "2061", PW, mn, flag, hourStart, cp);
    }

    private static void assertAck(String frame, String qn, String mn) {
        assertThat(frame).startsWith("##").endsWith("\r\n");
        String data = frame.substring(6, frame.length() - 6);
        assertThat(Integer.parseInt(frame.substring(2, 6))).isEqualTo(data.length());
        assertThat(Integer.parseInt(frame.substring(frame.length() - 6, frame.length() - 2), 16))
                .isEqualTo(Hj212TestEncoder.crc(data.getBytes(StandardCharsets.US_ASCII)));
        assertThat(data).isEqualTo("QN=" + qn + ";ST=91;CN=9014;PW=" + PW + ";MN=" + mn + ";Flag=4;CP=&&&&");
    }

    private List<ConsumerRecord<String, String>> eventsFor(String topic, String key, int count) {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        return probe.read(topic, Duration.ofSeconds(30),
                        seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= count)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void anHourOfAirBecomesTheObservationOfTheHourEndingAfterItAndIsAcknowledged() throws Exception {
        register("AIR-MN-01", "AIR", "ST-AIR-01");
        double maintenance = leftOut("M");
        String qn = nextQn();
        try (LoggerClient logger = new LoggerClient(server.port())) {
            logger.send(frame(hourly(qn, "AIR-MN-01", 5, LocalDateTime.of(2026, 7, 1, 8, 0),
                    "a34004-Avg=35.2,a34004-Max=40,a34004-Flag=N;a34002-Avg=61,a34002-Flag=N;a21026-Avg=8.00,a21026-Flag=N;"
                            + "a21004-Avg=22,a21004-Flag=M;a21005-Avg=0.7,a21005-Flag=N;a05024-Avg=120,a05024-Flag=N")));
            assertAck(logger.readFrame(), qn, "AIR-MN-01");
            // the ack comes only after the event is committed to the outbox
            assertThat(outboxEventsKeyed("ST-AIR-01")).isEqualTo(1);
        }
        List<ConsumerRecord<String, String>> events = eventsFor(Topics.AIR_OBSERVATIONS, "ST-AIR-01", 1);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(header(event, "ce_type")).isEqualTo(EventType.AIR_OBSERVATION_REPORTED.type());
        assertThat(EventContracts.violations(EventType.AIR_OBSERVATION_REPORTED.type(), event.value())).isEmpty();
        JsonNode body = JSON.readTree(event.value());
        // DataTime 08:00 is the hour 08:00–09:00; the suite labels it by its end
        assertThat(body.get("time").asText()).isEqualTo("2026-07-01T09:00:00+08:00");
        assertThat(body.get("stationId").asText()).isEqualTo("ST-AIR-01");
        assertThat(body.get("pm25").decimalValue()).isEqualByComparingTo("35.2");
        assertThat(body.get("pm10").decimalValue()).isEqualByComparingTo("61");
        assertThat(body.get("so2").decimalValue()).isEqualByComparingTo("8");
        assertThat(body.get("co").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(body.get("o3").decimalValue()).isEqualByComparingTo("120");
        // NO2 was flagged M (maintenance): not a value of the hour
        assertThat(body.get("no2").isNull()).isTrue();
        assertThat(leftOut("M")).isEqualTo(maintenance + 1);
    }

    @Test
    void waterHourlyDataBecomeASampleAndNoAckIsWrittenWhenNoneIsAsked() throws Exception {
        register("WAT-MN-01", "WATER", "SEC-W-01");
        double faults = leftOut("D");
        String quiet = nextQn();
        String asked = nextQn();
        try (LoggerClient logger = new LoggerClient(server.port())) {
            logger.send(frame(segment(quiet, "21", "2061", PW, "WAT-MN-01", 4, LocalDateTime.of(2026, 7, 1, 4, 0),
                    "w01001-Avg=7.32,w01001-Flag=N;w01009-Avg=6.1,w01009-Flag=N;w21003-Avg=0.412,w21003-Flag=N;"
                            + "w21011-Avg=0.08,w21011-Flag=D;w01019-Avg=3.9;w01010-Avg=24.5,w01010-Flag=N")));
            logger.send(frame(segment(asked, "21", "2061", PW, "WAT-MN-01", 5, LocalDateTime.of(2026, 7, 1, 8, 0),
                    "w01001-Avg=7.40,w01001-Flag=N")));
            // the first frame back answers the second packet: the first asked for none (Flag=4)
            assertAck(logger.readFrame(), asked, "WAT-MN-01");
        }
        List<ConsumerRecord<String, String>> events = eventsFor(Topics.WATER_SAMPLES, "SEC-W-01", 2);
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(
                EventContracts.violations(EventType.WATER_SAMPLE_REPORTED.type(), e.value())).isEmpty());
        JsonNode first = JSON.readTree(events.get(0).value());
        assertThat(first.get("sampledAt").asText()).isEqualTo("2026-07-01T04:00:00+08:00");
        JsonNode values = first.get("values");
        assertThat(values.get("PH").decimalValue()).isEqualByComparingTo("7.32");
        assertThat(values.get("DO").decimalValue()).isEqualByComparingTo("6.1");
        assertThat(values.get("NH3N").decimalValue()).isEqualByComparingTo("0.412");
        assertThat(values.get("CODMn").decimalValue()).isEqualByComparingTo("3.9");
        assertThat(values.get("WT").decimalValue()).isEqualByComparingTo("24.5");
        assertThat(values.has("TP")).as("TP was flagged D (fault)").isFalse();
        assertThat(leftOut("D")).isEqualTo(faults + 1);
    }

    @Test
    void everyMalformedKindIsCountedAndSkippedWithoutClosingTheConnection() throws Exception {
        register("AIR-MN-02", "AIR", "ST-AIR-02");
        LocalDateTime hour = LocalDateTime.of(2026, 7, 2, 0, 0);
        double badLength = rejected("bad-length");
        double badCrc = rejected("bad-crc");
        double truncated = rejected("truncated");
        double oversized = rejected("oversized");
        double garbage = rejected("garbage");
        double badSegment = rejected("bad-segment");
        try (LoggerClient logger = new LoggerClient(server.port())) {
            String good = hourly(nextQn(), "AIR-MN-02", 5, hour, "a34004-Avg=10,a34004-Flag=N");
            String goodFrame = new String(frame(good), StandardCharsets.US_ASCII);

            byte[] crcBroken = frame(good);
            crcBroken[crcBroken.length - 3] = (byte) (crcBroken[crcBroken.length - 3] == 'A' ? 'B' : 'A');
            byte[] lengthLetters = ascii("##01a0" + goodFrame.substring(6));
            byte[] lengthWrong = ascii("##" + String.format("%04d", good.length() + 5) + goodFrame.substring(6) + "xx");
            byte[] cut = Arrays.copyOf(frame(good), 30);
            StringBuilder big = new StringBuilder("QN=" + nextQn() + ";CP=&&");
            while (big.length() < 5000) {
                big.append("a34004-Avg=1;");
            }
            byte[] tooBig = frame(big.append("&&").toString());
            byte[] notTheStandard = frame("hello=world;CP=&&&&");

            String[] qns = new String[6];
            byte[][] bad = {crcBroken, lengthLetters, lengthWrong, cut, tooBig, notTheStandard};
            for (int i = 0; i < bad.length; i++) {
                qns[i] = nextQn();
                // each bad frame is followed by garbage and a good packet on the same connection
                logger.send(concat(bad[i], ascii("\r\nnoise"),
                        frame(hourly(qns[i], "AIR-MN-02", 5, hour.plusHours(i), "a34004-Avg=1" + i + ",a34004-Flag=N"))));
            }
            for (String qn : qns) {
                assertAck(logger.readFrame(), qn, "AIR-MN-02");
            }
        }
        assertThat(rejected("bad-crc")).isEqualTo(badCrc + 1);
        assertThat(rejected("bad-length")).isEqualTo(badLength + 2);
        assertThat(rejected("truncated")).isEqualTo(truncated + 1);
        assertThat(rejected("oversized")).isEqualTo(oversized + 1);
        assertThat(rejected("bad-segment")).isEqualTo(badSegment + 1);
        // the noise after the bad CRC and after the bad segment; the rest of a frame refused by its header is not
        // garbage besides, and the noise after the cut frame lay inside it
        assertThat(rejected("garbage")).isEqualTo(garbage + 2);
        assertThat(eventsFor(Topics.AIR_OBSERVATIONS, "ST-AIR-02", 6)).hasSize(6);
    }

    @Test
    void aSlowSenderIsServedAndOneThatStallsIsDroppedAsTruncated() throws Exception {
        register("AIR-MN-03", "AIR", "ST-AIR-03");
        double truncated = rejected("truncated");
        try (LoggerClient slow = new LoggerClient(server.port());
             LoggerClient other = new LoggerClient(server.port())) {
            String slowQn = nextQn();
            // about 0.4 s for the frame: slower than any network, well inside the frame timeout (1 s in tests)
            slow.sendSlowly(frame(hourly(slowQn, "AIR-MN-03", 5, LocalDateTime.of(2026, 7, 3, 0, 0),
                    "a34004-Avg=5,a34004-Flag=N")), 3);
            assertAck(slow.readFrame(), slowQn, "AIR-MN-03");

            slow.send(Arrays.copyOf(frame(hourly(nextQn(), "AIR-MN-03", 5, LocalDateTime.of(2026, 7, 3, 1, 0), "")), 50));
            // meanwhile another logger is answered at once
            String otherQn = nextQn();
            other.send(frame(hourly(otherQn, "AIR-MN-03", 5, LocalDateTime.of(2026, 7, 3, 2, 0),
                    "a34004-Avg=6,a34004-Flag=N")));
            assertAck(other.readFrame(), otherQn, "AIR-MN-03");
            await().atMost(Duration.ofSeconds(10)).until(() -> rejected("truncated") >= truncated + 1);

            String afterQn = nextQn();
            slow.send(frame(hourly(afterQn, "AIR-MN-03", 5, LocalDateTime.of(2026, 7, 3, 3, 0),
                    "a34004-Avg=7,a34004-Flag=N")));
            assertAck(slow.readFrame(), afterQn, "AIR-MN-03");
        }
        assertThat(rejected("truncated")).isEqualTo(truncated + 1);
    }

    @Test
    void unknownDevicesAndWrongPasswordsAreRefusedWithoutAnAck() {
        register("AIR-MN-04", "AIR", "ST-AIR-04");
        double unknown = rejected("unknown-device");
        double wrong = rejected("wrong-password");
        LocalDateTime hour = LocalDateTime.of(2026, 7, 4, 0, 0);
        try (LoggerClient logger = new LoggerClient(server.port())) {
            logger.send(frame(hourly(nextQn(), "NOBODY-MN", 5, hour, "a34004-Avg=5,a34004-Flag=N")));
            logger.send(frame(segment(nextQn(), "22", "2061", "654321", "AIR-MN-04", 5, hour, "a34004-Avg=5,a34004-Flag=N")));
            String qn = nextQn();
            logger.send(frame(hourly(qn, "AIR-MN-04", 5, hour.plusHours(1), "a34004-Avg=9,a34004-Flag=N")));
            assertAck(logger.readFrame(), qn, "AIR-MN-04");
        }
        assertThat(rejected("unknown-device")).isEqualTo(unknown + 1);
        assertThat(rejected("wrong-password")).isEqualTo(wrong + 1);
        List<ConsumerRecord<String, String>> events = eventsFor(Topics.AIR_OBSERVATIONS, "ST-AIR-04", 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("\"pm25\":9");
    }

    @Test
    void aSplitPacketIsReassembledIntoOneObservationAndAnIncompleteOneIsDropped() throws Exception {
        register("AIR-MN-05", "AIR", "ST-AIR-05");
        double reassembly = rejected("reassembly");
        String qn = nextQn();
        String incomplete = nextQn();
        try (LoggerClient logger = new LoggerClient(server.port())) {
            // pieces out of order; the packet is complete with the last to arrive
            logger.send(frame(Hj212TestEncoder.piece(qn, 2, 2, "22", "2061", PW, "AIR-MN-05", 5,
                    "DataTime=20260705100000;a21026-Avg=4,a21026-Flag=N")));
            logger.send(frame(Hj212TestEncoder.piece(incomplete, 3, 1, "22", "2061", PW, "AIR-MN-05", 5,
                    "DataTime=20260705110000;a21026-Avg=4,a21026-Flag=N")));
            logger.send(frame(Hj212TestEncoder.piece(qn, 2, 1, "22", "2061", PW, "AIR-MN-05", 5,
                    "DataTime=20260705100000;a34004-Avg=44,a34004-Flag=N")));
            assertAck(logger.readFrame(), qn, "AIR-MN-05");
            await().atMost(Duration.ofSeconds(10)).until(() -> rejected("reassembly") >= reassembly + 1);
        }
        List<ConsumerRecord<String, String>> events = eventsFor(Topics.AIR_OBSERVATIONS, "ST-AIR-05", 1);
        assertThat(events).hasSize(1);
        JsonNode body = JSON.readTree(events.get(0).value());
        assertThat(body.get("time").asText()).isEqualTo("2026-07-05T11:00:00+08:00");
        assertThat(body.get("pm25").decimalValue()).isEqualByComparingTo("44");
        assertThat(body.get("so2").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void realTimeMinuteAndDailyDataAreCountedButNeverPublished() {
        register("AIR-MN-06", "AIR", "ST-AIR-06");
        double realTime = accepted("2011");
        double minute = accepted("2051");
        double daily = accepted("2031");
        try (LoggerClient logger = new LoggerClient(server.port())) {
            String a = nextQn();
            String b = nextQn();
            String c = nextQn();
            logger.send(frame(segment(a, "22", "2011", PW, "AIR-MN-06", 5, LocalDateTime.of(2026, 7, 6, 8, 12, 30),
                    "a34004-Rtd=12.5,a34004-Flag=N;a21026-Rtd=3,a21026-Flag=C")));
            logger.send(frame(segment(b, "22", "2051", PW, "AIR-MN-06", 5, LocalDateTime.of(2026, 7, 6, 8, 10),
                    "a34004-Avg=13.5,a34004-Flag=N")));
            logger.send(frame(segment(c, "22", "2031", PW, "AIR-MN-06", 5, LocalDateTime.of(2026, 7, 6, 0, 0),
                    "a34004-Avg=30,a34004-Flag=N")));
            assertAck(logger.readFrame(), a, "AIR-MN-06");
            assertAck(logger.readFrame(), b, "AIR-MN-06");
            assertAck(logger.readFrame(), c, "AIR-MN-06");
        }
        assertThat(accepted("2011")).isEqualTo(realTime + 1);
        assertThat(accepted("2051")).isEqualTo(minute + 1);
        assertThat(accepted("2031")).isEqualTo(daily + 1);
        given().get("/api/loggers/devices/AIR-MN-06/latest").then().statusCode(200)
                .body("command", equalTo("2051"))
                .body("dataTime", equalTo("2026-07-06T08:10:00+08:00"))
                .body("values.pm25", equalTo(13.5f));
        List<ConsumerRecord<String, String>> none = new TopicProbe(bootstrapServers)
                .read(Topics.AIR_OBSERVATIONS, Duration.ofSeconds(3), seen -> false);
        assertThat(none).noneMatch(r -> "ST-AIR-06".equals(r.key()));
    }

    private void execute(String sql) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aPacketThatCannotBeStoredIsNotAcknowledgedSoTheLoggerSendsItAgain() throws Exception {
        register("AIR-MN-07", "AIR", "ST-AIR-07");
        double failures = rejected("storage-failure");
        LocalDateTime hour = LocalDateTime.of(2026, 7, 7, 0, 0);
        String resentQn = nextQn();
        try (LoggerClient logger = new LoggerClient(server.port())) {
            // the outbox is away: the packet's transaction cannot commit
            execute("alter table outbox_event rename to outbox_event_away");
            try {
                logger.send(frame(hourly(nextQn(), "AIR-MN-07", 5, hour, "a34004-Avg=21,a34004-Flag=N")));
                await().atMost(Duration.ofSeconds(10)).until(() -> rejected("storage-failure") >= failures + 1);
            } finally {
                execute("alter table outbox_event_away rename to outbox_event");
            }
            logger.send(frame(hourly(resentQn, "AIR-MN-07", 5, hour, "a34004-Avg=21,a34004-Flag=N")));
            // the first frame back answers the resend: the failed packet got no 9014
            assertAck(logger.readFrame(), resentQn, "AIR-MN-07");
        }
        assertThat(rejected("storage-failure")).isEqualTo(failures + 1);
        assertThat(eventsFor(Topics.AIR_OBSERVATIONS, "ST-AIR-07", 1)).hasSize(1);
    }

    @Test
    void devicesAreRegisteredListedAndDeletedWithProblemsForErrors() {
        given().contentType(ContentType.JSON)
                .body("{\"mn\":\"REST-MN-1\",\"kind\":\"WATER\",\"targetId\":\"SEC-R-1\",\"password\":\"pw1\"}")
                .post("/api/loggers/devices").then().statusCode(201).body("mn", equalTo("REST-MN-1"))
                .body("password", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON)
                .body("{\"mn\":\"REST-MN-1\",\"kind\":\"WATER\",\"targetId\":\"SEC-R-1\",\"password\":\"pw1\"}")
                .post("/api/loggers/devices").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"mn\":\"REST-MN-1\",\"kind\":\"AIR\",\"targetId\":\"SEC-R-1\",\"password\":\"pw1\"}")
                .post("/api/loggers/devices").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"mn\":\"bad mn;\",\"kind\":\"AIR\",\"targetId\":\"S\",\"password\":\"a;b\"}")
                .post("/api/loggers/devices").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("mn")));
        given().get("/api/loggers/devices?limit=1000").then().statusCode(200)
                .body("items.mn", hasItem("REST-MN-1"));
        given().delete("/api/loggers/devices/REST-MN-1").then().statusCode(204);
        given().delete("/api/loggers/devices/REST-MN-1").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/loggers/devices/REST-MN-1").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("HJ 212 listener"));
        Optional.empty();
    }
}
