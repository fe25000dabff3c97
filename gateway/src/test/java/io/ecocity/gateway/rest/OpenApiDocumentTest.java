package io.ecocity.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The gateway's one OpenAPI document, as served by the running gateway; the broker is real, the services stubs. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class OpenApiDocumentTest {

    @Test
    void oneDocumentCoversTheCityEndpointsAndListsTheRoutedOnes() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/city/overview", "/api/city/scorecard", "/api/city/towns",
                        "/api/city/towns/{town}", "/api/city/alerts", "/api/city/alerts/{alertId}/acknowledge",
                        "/api/city/stream", "/api/city/report", "/api/air/{path}", "/api/water/{path}",
                        "/api/waste/{path}"))
                .body("paths", not(hasKey("/api/{domain}/{path}")))
                .body("paths.'/api/water/{path}'.get.responses.'503'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/RoutingProblem"))
                .body("components.schemas", hasKey("RoutingProblem"))
                .body("tags.name", hasItems("City", "Routed: air", "Routed: water", "Routed: waste"));
    }
}
