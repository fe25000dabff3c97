package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Stations and observations as a test registers and reports them over the real REST API. */
public final class AirTestData {

    private AirTestData() {
    }

    public static void station(String id, String town, String kind, boolean assessed) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"stationId":"%s","name":"测试站 %s","town":"%s","latitude":23.02,"longitude":113.75,
                         "kind":"%s","assessed":%s}""".formatted(id, id, town, kind, assessed))
                .post("/api/air/stations")
                .then().statusCode(201);
    }

    /** The ISO-8601 Beijing time of the value of {@code day} ending at {@code hour} (1 … 24). */
    public static String hour(LocalDate day, int hour) {
        return day.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).plusHours(hour).toString();
    }

    public static String hour(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.ofHours(8)).toString();
    }

    public static String item(String stationId, String time, String pollutants) {
        return "{\"stationId\":\"" + stationId + "\",\"time\":\"" + time + "\""
                + (pollutants.isEmpty() ? "" : "," + pollutants) + "}";
    }

    public static io.restassured.response.ValidatableResponse post(String jsonArray) {
        return given().contentType(ContentType.JSON).body(jsonArray).post("/api/air/observations").then();
    }
}
