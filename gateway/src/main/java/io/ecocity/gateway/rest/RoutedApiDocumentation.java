package io.ecocity.gateway.rest;

import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the routed prefixes to the gateway's one OpenAPI document: the gateway's own endpoints are generated from
 * their resources, the routed ones are listed here with what the gateway adds to them (timeouts, retries, circuit
 * breaker, 503/504 problems); their own operations are in each service's document.
 */
public class RoutedApiDocumentation implements OASFilter {

    private static final Map<String, String> SERVICES = Map.of(
            "air", "air-service (port 8081): stations, hourly observations, HJ 633 AQI, GB 3095 daily values, "
                    + "HJ 663 statistics, air targets",
            "water", "water-service (port 8082): assessment sections, samples, GB 3838 classes, section and city "
                    + "assessment, water targets",
            "waste", "waste-service (port 8083): zero-waste indicators, hazardous-waste transfer manifests, "
                    + "facilities, waste targets");

    private static final String RULES = "Passed through unchanged (method, path, query, headers, body) to the service "
            + "at ecocity.gateway.services.<domain> (environment ECOCITY_<DOMAIN>_URL) and its answer returned as it "
            + "was, Location rewritten to the gateway. Each attempt times out after "
            + "ecocity.gateway.routing.request-timeout; GET is tried again up to ecocity.gateway.routing.read-retries "
            + "times when no usable answer came (no connection, timeout, 502/503/504), writes never are; after "
            + "ecocity.gateway.routing.circuit-breaker.failure-threshold consecutive failures the circuit opens for "
            + "circuit-breaker.open-for and calls answer 503 at once. The service's own operations are in its "
            + "document at <service>/q/openapi.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("RoutingProblem", routingProblem());
        SERVICES.forEach((domain, service) -> {
            String tag = "Routed: " + domain;
            openAPI.addTag(OASFactory.createTag().name(tag).description("Routed to " + service));
            PathItem item = OASFactory.createPathItem()
                    .summary("Everything under /api/" + domain + "/, routed to " + domain + "-service")
                    .description(RULES)
                    .addParameter(OASFactory.createParameter().name("path").in(Parameter.In.PATH).required(true)
                            .description("the rest of the path, e.g. stations or stations/DG-01")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                    .GET(operation(domain, tag, "Read from " + domain + "-service (retried when no usable answer came)"))
                    .POST(operation(domain, tag, "Write to " + domain + "-service (never retried)"))
                    .PUT(operation(domain, tag, "Replace in " + domain + "-service (never retried)"))
                    .PATCH(operation(domain, tag, "Change in " + domain + "-service (never retried)"))
                    .DELETE(operation(domain, tag, "Delete in " + domain + "-service (never retried)"));
            openAPI.getPaths().addPathItem("/api/" + domain + "/{path}", item);
        });
    }

    private static Schema routingProblem() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem of a routed call; domain names the service that failed")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("domain", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addEnumeration("air").addEnumeration("water").addEnumeration("waste"))
                .addProperty("retryAfterSeconds", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    private static Operation operation(String domain, String tag, String summary) {
        Content problem = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/RoutingProblem")));
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("default", OASFactory.createAPIResponse()
                        .description("the answer of " + domain + "-service, as it was"))
                .addAPIResponse("503", OASFactory.createAPIResponse().content(problem).description(domain
                        + "-service cannot be reached or its circuit is open; the problem names the domain "
                        + "(Retry-After when the circuit is open). The city endpoints keep answering."))
                .addAPIResponse("504", OASFactory.createAPIResponse().content(problem)
                        .description(domain + "-service did not answer within the timeout"));
        Operation operation = OASFactory.createOperation().summary(summary).addTag(tag);
        if (!summary.startsWith("Read")) {
            // credentials sent with a write are verified here and again by the service, which checks the role; a
            // write without any goes on, since the service has public ones (the AQI calculator)
            responses.addAPIResponse("401", OASFactory.createAPIResponse().content(problem).description("the token "
                    + "or API key sent does not verify (checked at the gateway); the service answers 401/403 itself "
                    + "for a write of its own that needs a role"));
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"))
                    .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"))
                    .addSecurityRequirement(OASFactory.createSecurityRequirement());
        } else {
            // reads are public
            operation.setSecurity(new java.util.ArrayList<>());
        }
        return operation
                .operationId(summary.split(" ")[0].toLowerCase(Locale.ROOT) + "Routed"
                        + Character.toUpperCase(domain.charAt(0)) + domain.substring(1))
                .responses(responses);
    }
}
