package io.ecocity.water.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /api/water/classify over HTTP against the real GB 3838 tables; nothing is stubbed or stored. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ClassificationResourceTest {

    @Test
    void theWorkedExampleIsWorseThanVWithItsMainPollutantsAndMultiples() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"waterBodyType":"RIVER","targetClass":"III",
                         "values":{"DO":5.5,"CODMn":7,"NH3N":2.1,"TP":0.25,"PH":7.1,"COD":20,"BOD5":4,"Cu":0.5,"TN":3.2,"WT":24.5}}""")
                .post("/api/water/classify")
                .then().statusCode(200)
                .body("waterClass", equalTo("WORSE_THAN_V"))
                .body("waterClassLabel", equalTo("劣V"))
                .body("status", equalTo("重度污染"))
                .body("mainPollutants.item", equalTo(List.of("NH3N", "TP", "CODMn")))
                .body("mainPollutants.exceedanceMultiple", equalTo(List.of(1.10f, 0.25f, 0.17f)))
                .body("itemsWorseThanClassIII", containsInAnyOrder("CODMn", "NH3N", "TP"))
                .body("meetsTarget", equalTo(false))
                .body("itemsBreakingTarget", containsInAnyOrder("CODMn", "NH3N", "TP"))
                .body("items.find { it.item == 'DO' }.waterClass", equalTo("III"))
                .body("items.find { it.item == 'DO' }.exceedanceMultiple", nullValue())
                .body("items.find { it.item == 'TN' }.waterClass", nullValue())
                .body("items.find { it.item == 'TN' }.countsTowardSectionClass", equalTo(false))
                .body("items.find { it.item == 'WT' }.unit", equalTo("°C"));
    }

    @Test
    void aLakeUsesTheLakePhosphorusLimitsAndValuesOnALimitTakeThatClass() {
        String body = "{\"waterBodyType\":\"%s\",\"values\":{\"TP\":0.05,\"COD\":15}}";
        given().contentType(ContentType.JSON).body(body.formatted("LAKE_RESERVOIR")).post("/api/water/classify")
                .then().statusCode(200).body("waterClass", equalTo("III"))
                .body("items.find { it.item == 'COD' }.waterClass", equalTo("I"));
        given().contentType(ContentType.JSON).body(body.formatted("RIVER")).post("/api/water/classify")
                .then().statusCode(200).body("waterClass", equalTo("II")).body("mainPollutants.size()", equalTo(0));
    }

    @Test
    void badValuesAreRefusedNamingEachOne() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"waterBodyType":"OCEAN","targetClass":"WORSE_THAN_V",
                         "values":{"PH":15,"NH3N":-1,"Zz":1,"DO":"high"}}""")
                .post("/api/water/classify")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("waterBodyType", "targetClass", "values.PH", "values.NH3N",
                        "values.Zz", "values.DO"));
    }
}
