package io.ecocity.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem of a routed call, with the domain whose service failed as an extension member.")
public record RoutingProblem(String type, String title, int status, String detail, String instance,
        @Schema(enumeration = {"air", "water", "waste"}) String domain,
        @Schema(description = "seconds until an open circuit lets a call through again") Long retryAfterSeconds) {
}
