package io.ecocity.support.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.support.security.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks every write operation of the service's own OpenAPI document (so that none is forgotten), in
 * {@link SecuredProfile}: each POST, PUT, PATCH and DELETE either declares the roles it needs or is one of the
 * service's named public operations; one that declares roles answers 401 problem+json to a request without
 * credentials, with a refused token ({@link TestCallers#refusedTokens}) or an unknown API key, 403 to a valid token
 * or key without its role, and neither to a valid token or key with its role.
 */
public final class WriteSecurityContract {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /** What the run found wrong, one line each; empty when every operation holds. */
    public record Outcome(int operations, int requests, List<String> violations) {
    }

    private WriteSecurityContract() {
    }

    /**
     * @param publicWrites the operations that take no credentials, as {@code "POST /path"} (a computation that
     *                     stores nothing, for instance)
     */
    public static Outcome run(Set<String> publicWrites) throws Exception {
        List<String> violations = new ArrayList<>(operationsEndpointViolations());
        JsonNode doc = new ObjectMapper().readTree(given().header("X-API-Key", TestCallers.apiKey(Roles.ADMIN))
                .accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        int operations = 0;
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String url = path.getKey().replace("{year}", "2024").replaceAll("\\{[^}]+}", "SEC-1");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!WRITES.contains(method.getKey())) {
                    continue;
                }
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                List<String> roles = rolesOf(method.getValue());
                if (roles.isEmpty()) {
                    if (!publicWrites.contains(name)) {
                        violations.add(name + ": declares no role and is not a named public operation");
                    }
                    continue;
                }
                String verb = method.getKey().toUpperCase();
                String body = bodyOf(doc, method.getValue());
                List<Check> checks = new ArrayList<>();
                checks.add(new Check("no credentials", r -> r, 401));
                for (TestCallers.Refused refused : TestCallers.refusedTokens(roles)) {
                    checks.add(new Check("token " + refused.what(),
                            r -> r.header("Authorization", TestCallers.bearer(refused.token())), 401));
                }
                checks.add(new Check("unknown API key", r -> r.header("X-API-Key", "no-such-key"), 401));
                String other = Roles.ALL.stream().filter(role -> !roles.contains(role)).findFirst().orElseThrow();
                checks.add(new Check("token without the role (" + other + ")",
                        r -> r.header("Authorization", TestCallers.bearer(TestCallers.token(other))), 403));
                checks.add(new Check("API key without the role (" + other + ")",
                        r -> r.header("X-API-Key", TestCallers.apiKey(other)), 403));
                for (String role : roles) {
                    checks.add(new Check("token with " + role,
                            r -> r.header("Authorization", TestCallers.bearer(TestCallers.token(role))), 0));
                    checks.add(new Check("API key with " + role, r -> r.header("X-API-Key", TestCallers.apiKey(role)), 0));
                }
                for (Check check : checks) {
                    RequestSpecification request = check.credentials.apply(given());
                    if (body != null) {
                        request = request.contentType(ContentType.JSON).body(body);
                    }
                    Response response = request.request(verb, url);
                    requests++;
                    int status = response.statusCode();
                    if (check.expected == 0) {
                        if (status == 401 || status == 403) {
                            violations.add(name + " with " + check.what + " → " + status + ", expected to pass");
                        }
                    } else if (status != check.expected) {
                        violations.add(name + " with " + check.what + " → " + status + ", expected " + check.expected);
                    } else if (!response.contentType().startsWith("application/problem+json")) {
                        violations.add(name + " with " + check.what + " → " + status + " as " + response.contentType()
                                + ", expected application/problem+json");
                    }
                }
            }
        }
        return new Outcome(operations, requests, violations);
    }

    /** The operations endpoints need admin; health stays open. */
    private static List<String> operationsEndpointViolations() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            int anonymous = given().redirects().follow(false).get(path).statusCode();
            int reader = given().redirects().follow(false).header("X-API-Key", TestCallers.apiKey(Roles.READ))
                    .get(path).statusCode();
            int admin = given().redirects().follow(false).header("X-API-Key", TestCallers.apiKey(Roles.ADMIN))
                    .get(path).statusCode();
            if (anonymous != 401 || reader != 403 || admin != 200) {
                violations.add("GET " + path + ": " + anonymous + " anonymous, " + reader + " with read, " + admin
                        + " with admin; expected 401, 403, 200");
            }
        }
        for (String path : List.of("/q/health/ready", "/q/health/live")) {
            int status = given().get(path).statusCode();
            if (status != 200) {
                violations.add("GET " + path + " anonymous: " + status + ", expected 200");
            }
        }
        return violations;
    }

    private record Check(String what, UnaryOperator<RequestSpecification> credentials, int expected) {
    }

    /** The roles of the operation's bearer requirement; empty when it has none. */
    static List<String> rolesOf(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.path("bearer").forEach(role -> roles.add(role.asText()));
        }
        return roles;
    }

    /** A body of the request's shape (an empty object or array), or null when the operation takes none. */
    private static String bodyOf(JsonNode doc, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        JsonNode schema = content.path("application/json").path("schema");
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = doc.at(ref.substring(1));
        }
        return "array".equals(schema.path("type").asText()) ? "[]" : "{}";
    }
}
