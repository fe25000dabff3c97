package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indicators computed over REST from hand-made monthly figures stored in H2, with the shipped catalogue; the
 * indicator events read back from a real Kafka broker (in the test JVM). Nothing is stubbed. Uses 2021 and 2022 only.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class IndicatorResourceTest {

    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A month of made-up figures in tonnes; the expected rates below are worked out by hand from them. */
    private static final String HAND_MADE_MONTH = """
            "industrialSolid.generated":1000,"industrialSolid.utilised":870,"industrialSolid.utilisedFromStorage":50,
            "industrialSolid.disposed":100,"industrialSolid.stored":80,
            "household.collected":2000,"household.recycled":500,"household.incinerated":1300,
            "household.foodWasteTreated":400,"household.landfilled":250,
            "construction.generated":3000,"construction.resourceUtilised":1234,
            "agricultural.strawCollectible":600,"agricultural.strawUtilised":555,
            "agricultural.manureGenerated":700,"agricultural.manureUtilised":612.5,
            "medical.generated":30,"medical.disposed":29.99,
            "hazardous.generated":90,"hazardous.utilised":40,"hazardous.disposed":47""";

    private static void report(String town, String month, String quantities) {
        given().contentType(ContentType.JSON)
                .body("[{\"town\":\"" + town + "\",\"month\":\"" + month + "\",\"quantities\":{" + quantities + "}}]")
                .post("/api/waste/reports").then().statusCode(200);
    }

    /** Read with exact decimals, so that 36.00 stays 36.00. */
    private static JsonPath indicators(Map<String, String> query) {
        return exact(given().queryParams(query).get("/api/waste/indicators").then().statusCode(200).extract().asString());
    }

    static JsonPath exact(String json) {
        return JsonPath.from(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal value(JsonPath report, String code) {
        return report.getObject("indicators.find { it.code == '" + code + "' }.value", BigDecimal.class);
    }

    private static String reason(JsonPath report, String code) {
        return report.getString("indicators.find { it.code == '" + code + "' }.absenceReason");
    }

    @ParameterizedTest(name = "{0} = {1} %")
    @CsvSource(delimiter = '|', value = {
            "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE      | 82.86",  // 870 / (1000 + 50) × 100
            "HOUSEHOLD_WASTE_RECYCLING_RATE               | 36.00",  // (500 + 400) / (2000 + 500) × 100
            "HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE      | 97.50",  // (1300 + 400 + 250) / 2000 × 100
            "HOUSEHOLD_WASTE_LANDFILL_SHARE               | 12.50",  // 250 / 2000 × 100
            "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE | 41.13",  // 1234 / 3000 × 100
            "STRAW_UTILISATION_RATE                       | 92.50",  // 555 / 600 × 100
            "LIVESTOCK_MANURE_UTILISATION_RATE            | 87.50",  // 612.5 / 700 × 100
            "HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE    | 96.67",  // (40 + 47) / 90 × 100
            "MEDICAL_WASTE_DISPOSAL_RATE                  | 99.97",  // 29.99 / 30 × 100
    })
    void eachIndicatorOfAMonthFromHandMadeFigures(String code, String expected) {
        report("横沥", "2022-03", HAND_MADE_MONTH);
        JsonPath town = indicators(Map.of("period", "2022-03", "town", "横沥"));
        assertEquals(new BigDecimal(expected), value(town, code));
        assertEquals("TOWN", town.getString("scope"));
        assertEquals(List.of("2022-03"), town.getList("months"));
        JsonPath city = indicators(Map.of("period", "2022-03"));
        assertEquals(new BigDecimal(expected), value(city, code), "the city of one reporting town is that town");
        assertEquals("CITY", city.getString("scope"));
        assertNull(city.getString("town"));
    }

    @Test
    void theCityIsTheSumOfItsTownsNotTheMeanOfTheirRates() {
        report("横沥", "2022-06", "\"construction.generated\":3000,\"construction.resourceUtilised\":1234");
        report("常平", "2022-06", "\"construction.generated\":1000,\"construction.resourceUtilised\":766,\"household.collected\":50,\"household.landfilled\":5");
        assertEquals(new BigDecimal("41.13"), value(indicators(Map.of("period", "2022-06", "town", "横沥")), CONSTRUCTION));
        assertEquals(new BigDecimal("76.60"), value(indicators(Map.of("period", "2022-06", "town", "常平")), CONSTRUCTION));
        JsonPath city = indicators(Map.of("period", "2022-06"));
        // (1234 + 766) / (3000 + 1000) × 100
        assertEquals(new BigDecimal("50.00"), value(city, CONSTRUCTION));
        assertEquals(List.of("常平", "横沥"), city.getList("indicators.find { it.code == '" + CONSTRUCTION + "' }.townsReported"));
        // only 常平 reported household waste: its landfill share is the city's
        assertEquals(new BigDecimal("10.00"), value(city, "HOUSEHOLD_WASTE_LANDFILL_SHARE"));

        JsonPath byTown = exact(given().queryParam("period", "2022-06").get("/api/waste/indicators/towns")
                .then().statusCode(200).body("size()", equalTo(33)).extract().asString());
        assertEquals(new BigDecimal("76.60"), byTown.getObject(
                "find { it.town == '常平' }.indicators.find { it.code == '" + CONSTRUCTION + "' }.value", BigDecimal.class));
        assertEquals("NO_DATA", byTown.getString(
                "find { it.town == '虎门' }.indicators.find { it.code == '" + CONSTRUCTION + "' }.absenceReason"));
    }

    @Test
    void periodsSumTheirWholeMonthsAndRateTheSums() {
        report("常平", "2021-01", "\"construction.generated\":100,\"construction.resourceUtilised\":50");
        report("常平", "2021-02", "\"construction.generated\":300,\"construction.resourceUtilised\":240");
        report("常平", "2021-04", "\"construction.generated\":200,\"construction.resourceUtilised\":10");
        // (50 + 240) / (100 + 300): not the mean of 50 % and 80 %
        JsonPath quarter = indicators(Map.of("period", "2021-Q1", "town", "常平"));
        assertEquals(new BigDecimal("72.50"), value(quarter, CONSTRUCTION));
        assertEquals(List.of("2021-01", "2021-02"),
                quarter.getList("indicators.find { it.code == '" + CONSTRUCTION + "' }.monthsReported"));
        assertEquals(new BigDecimal("50.00"), value(indicators(Map.of("period", "2021", "town", "常平")), CONSTRUCTION));
        assertEquals("NO_DATA", reason(indicators(Map.of("period", "2021-03", "town", "常平")), CONSTRUCTION));
        // a range counts only the months it holds wholly: here February alone
        assertEquals(new BigDecimal("80.00"),
                value(indicators(Map.of("from", "2021-01-15", "to", "2021-02-28", "town", "常平")), CONSTRUCTION));
        // a week holds no whole month
        JsonPath week = indicators(Map.of("period", "2021-W06", "town", "常平"));
        assertEquals(List.of(), week.getList("months"));
        assertEquals("NO_DATA", reason(week, CONSTRUCTION));
        assertNull(value(week, CONSTRUCTION));

        JsonPath ytd = indicators(Map.of("period", "ytd"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(today.withDayOfYear(1).toString(), ytd.getString("from"));
        assertEquals(today.toString(), ytd.getString("to"));
    }

    @Test
    void aZeroDenominatorIsNoValueClearlyMarkedNeverZeroOrAHundredPercent() {
        report("横沥", "2021-05", HAND_MADE_MONTH.replaceAll(":[0-9.]+", ":0"));
        String body = given().queryParam("period", "2021-05").queryParam("town", "横沥").get("/api/waste/indicators")
                .then().statusCode(200).body("indicators", hasSize(9)).extract().asString();
        JsonPath report = exact(body);
        for (String code : report.<String>getList("indicators.code")) {
            assertNull(value(report, code), code);
            assertEquals("ZERO_DENOMINATOR", reason(report, code), code);
            assertTrue(report.getString("indicators.find { it.code == '" + code + "' }.explanation").contains("is zero"), code);
        }
        assertTrue(body.contains("\"value\":null"), "an absent value is written as null, not left out");
        assertFalse(body.contains("\"value\":0") || body.contains("\"value\":100"), body);
    }

    @Test
    void aPeriodIsComparedWithTheSameDaysAYearBefore() {
        report("常平", "2022-01", "\"construction.generated\":100,\"construction.resourceUtilised\":70");
        // 2021-01 of 常平 holds 50 / 100 (see periodsSumTheirWholeMonthsAndRateTheSums): send it too, in case order differs
        report("常平", "2021-01", "\"construction.generated\":100,\"construction.resourceUtilised\":50");
        JsonPath january = indicators(Map.of("period", "2022-01", "town", "常平"));
        assertEquals("2021-01-01", january.getString("lastYearFrom"));
        assertEquals(new BigDecimal("70.00"), value(january, CONSTRUCTION));
        assertEquals(new BigDecimal("50.00"),
                january.getObject("indicators.find { it.code == '" + CONSTRUCTION + "' }.lastYearValue", BigDecimal.class));
        assertEquals(new BigDecimal("20.00"),
                january.getObject("indicators.find { it.code == '" + CONSTRUCTION + "' }.changeFromLastYear", BigDecimal.class));
        // the correction of last year's January announces this January again, whose comparison it is
        report("常平", "2021-01", "\"construction.generated\":100,\"construction.resourceUtilised\":60");
        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers).read(Topics.WASTE_INDICATORS,
                Duration.ofSeconds(20), records -> records.stream().anyMatch(IndicatorResourceTest::isJanuaryWithLastYear60));
        assertTrue(events.stream().anyMatch(IndicatorResourceTest::isJanuaryWithLastYear60), "2022-01 announced with lastYearValue 60.00");
        events.stream().filter(r -> r.key().endsWith(CONSTRUCTION)).forEach(r ->
                assertEquals(List.of(), EventContracts.violations(EventType.WASTE_INDICATOR_UPDATED.type(), r.value())));
    }

    private static boolean isJanuaryWithLastYear60(ConsumerRecord<String, String> record) {
        return record.key().equals("TOWN:常平:" + CONSTRUCTION) && record.value().contains("\"period\":\"2022-01\"")
                && record.value().contains("\"lastYearValue\":60.00");
    }

    @Test
    void anUnknownTownOrPeriodIsRefused() {
        given().queryParam("period", "2022").queryParam("town", "火星").get("/api/waste/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("town"));
        given().queryParam("period", "2022-13").get("/api/waste/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().get("/api/waste/indicators").then().statusCode(400);
    }
}
