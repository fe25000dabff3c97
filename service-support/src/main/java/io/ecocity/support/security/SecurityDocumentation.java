package io.ecocity.support.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the API-key scheme beside the bearer one in every service's document, and makes it an alternative for
 * every operation that requires a role: the generated requirement names the bearer scheme with the operation's
 * roles ({@code @RolesAllowed}); a machine client sends an API key of the same roles instead. An operation without
 * a requirement is public and says so with an empty one.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP}, priority = -100)
public class SecurityDocumentation implements OASFilter {

    public static final String BEARER = "bearer";
    public static final String API_KEY = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyAuthentication.HEADER)
                .description("A machine client's key (data loggers, legacy town systems); the service keeps only "
                        + "its SHA-256 digest (ecocity.security.api-keys.<client>.sha256) and the client's roles "
                        + "and town. The roles listed are the ones the operation accepts."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                addApiKeyAlternative(operation);
            }
        }
    }

    private static void addApiKeyAlternative(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            // public: said so explicitly (an empty requirement list), not left for a reader to guess
            operation.setSecurity(new ArrayList<>());
            return;
        }
        List<SecurityRequirement> all = new ArrayList<>(requirements);
        boolean hasApiKey = all.stream().anyMatch(r -> r.hasScheme(API_KEY));
        if (hasApiKey) {
            return;
        }
        for (SecurityRequirement requirement : requirements) {
            Map<String, List<String>> schemes = requirement.getSchemes();
            if (schemes != null && schemes.containsKey(BEARER)) {
                List<String> roles = schemes.get(BEARER);
                all.add(OASFactory.createSecurityRequirement()
                        .addScheme(API_KEY, roles == null ? List.of() : roles));
            }
        }
        operation.setSecurity(all);
    }
}
