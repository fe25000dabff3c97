package io.ecocity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The container and deployment files checked against the services themselves, without Docker or a cluster: the
 * Kubernetes probes call health endpoints the services really serve, on the port they really listen on; every
 * variable the prod profile requires is supplied by docker-compose.yml and by the manifests; each service gets its
 * own database; no password is committed or defaulted. {@code .ci/check-deploy} adds the checks that need
 * Debian's docker-compose.
 */
class DeploymentManifestsTest {

    /** The services with the HTTP port each listens on (the README's table). */
    private static final Map<String, Integer> SERVICES = Map.of(
            "air-service", 8081, "water-service", 8082, "waste-service", 8083, "gateway", 8080,
            "logger-gateway", 8084);

    /** Ports a service listens on besides HTTP: the data loggers' HJ 212 TCP port. */
    private static final Map<String, List<Integer>> OTHER_PORTS = Map.of("logger-gateway", List.of(8212));

    private static List<Integer> portsOf(String service) {
        List<Integer> ports = new ArrayList<>(List.of(SERVICES.get(service)));
        ports.addAll(OTHER_PORTS.getOrDefault(service, List.of()));
        return ports;
    }

    /** A service's own database (and the role that owns it). */
    private static String databaseOf(String service) {
        return "ecocity_" + (service.equals("logger-gateway") ? "logger" : service.replace("-service", ""));
    }

    /** Each Kubernetes probe and the SmallRye Health endpoint it must call. */
    private static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private static Path root;
    private static Map<String, Object> compose;
    private static final Map<String, Map<String, Map<String, Object>>> K8S = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        root = findRoot();
        // SnakeYAML (which jackson-dataformat-yaml brings) and not Jackson's YAML reader: the compose file shares
        // settings through anchors and merge keys (<<), which only SnakeYAML resolves.
        compose = map(yaml().load(Files.readString(root.resolve("docker-compose.yml"))));
        try (Stream<Path> files = Files.list(root.resolve("deploy/kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : yaml().loadAll(Files.readString(file))) {
                    if (document == null) {
                        continue;
                    }
                    Map<String, Object> object = map(document);
                    String kind = (String) object.get("kind");
                    String name = kind.equals("Kustomization") ? file.getFileName().toString()
                            : (String) map(object.get("metadata")).get("name");
                    assertNotNull(name, file + ": a " + kind + " without a name");
                    K8S.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, object);
                }
            }
        }
    }

    @Test
    void everyProbeCallsItsHealthEndpointOnTheContainersPort() {
        assertEquals(SERVICES.keySet(), kind("Deployment").keySet(), "one Deployment per service");
        for (String service : SERVICES.keySet()) {
            Map<String, Object> container = container(service);
            Map<String, Integer> ports = containerPorts(container);
            assertEquals(portsOf(service), List.copyOf(ports.values()), service + " containerPorts");
            assertEquals(String.valueOf(SERVICES.get(service)), env(container).get("QUARKUS_HTTP_PORT").get("value"),
                    service + ": QUARKUS_HTTP_PORT must be the container port the probes call");
            PROBES.forEach((probe, path) -> {
                Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
                assertEquals(path, httpGet.get("path"), service + " " + probe);
                Object port = httpGet.get("port");
                assertTrue(ports.containsKey(String.valueOf(port)) || ports.containsValue(port),
                        service + " " + probe + " port " + port + " is not a container port " + ports);
            });
        }
    }

    @Test
    void theServicesServeTheProbedEndpointsWhereTheProbesLook() throws IOException {
        // /q/health/{live,ready,started} come from quarkus-smallrye-health under the default non-application
        // root; moving either root would leave every probe failing.
        for (String service : SERVICES.keySet()) {
            String pom = Files.readString(root.resolve(service).resolve("pom.xml"));
            assertTrue(pom.contains("<artifactId>quarkus-smallrye-health</artifactId>"),
                    service + " must have quarkus-smallrye-health");
            String properties = Files.readString(root.resolve(service).resolve("src/main/resources/application.properties"));
            for (String moved : List.of("quarkus.http.root-path", "quarkus.http.non-application-root-path",
                    "quarkus.smallrye-health.root-path", "quarkus.smallrye-health.liveness-path",
                    "quarkus.smallrye-health.readiness-path", "quarkus.smallrye-health.startup-path")) {
                assertFalse(properties.contains(moved + "="), service + " sets " + moved + ": update the probes too");
            }
        }
    }

    @Test
    void composeAndKubernetesSupplyEveryVariableTheProdProfileRequires() throws IOException {
        Map<String, Object> services = map(compose.get("services"));
        for (String service : SERVICES.keySet()) {
            Set<String> required = requiredProdVariables(service);
            assertTrue(required.containsAll(Set.of("ECOCITY_DB_URL", "ECOCITY_DB_USER", "ECOCITY_DB_PASSWORD",
                    "ECOCITY_KAFKA_BOOTSTRAP")), service + " prod profile reads " + required);
            Set<String> composeEnv = map(map(services.get(service)).get("environment")).keySet();
            Set<String> k8sEnv = env(container(service)).keySet();
            for (String variable : required) {
                assertTrue(composeEnv.contains(variable), "docker-compose.yml: " + service + " lacks " + variable);
                assertTrue(k8sEnv.contains(variable), "deploy/kubernetes: " + service + " lacks " + variable);
            }
        }
    }

    @Test
    void eachServiceHasItsOwnDatabaseInComposeKubernetesAndTheInitScript() throws IOException {
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> config = map(kind("ConfigMap").get("ecocity-config").get("data"));
        String init = Files.readString(root.resolve("deploy/postgres/init-databases.sh"));
        Matcher loop = Pattern.compile("for service in ([a-z ]+); do").matcher(init);
        assertTrue(loop.find(), "init-databases.sh loops over the services");
        Set<String> created = new TreeSet<>();
        for (String name : loop.group(1).trim().split("\\s+")) {
            created.add("ecocity_" + name);
        }
        Set<String> used = new TreeSet<>();
        for (String service : SERVICES.keySet()) {
            String database = databaseOf(service);
            Map<String, Object> env = map(map(services.get(service)).get("environment"));
            assertEquals("jdbc:postgresql://postgres:5432/" + database, env.get("ECOCITY_DB_URL"), service);
            assertEquals(database, env.get("ECOCITY_DB_USER"), service + ": the role that owns its database");
            String key = (String) map(map(env(container(service)).get("ECOCITY_DB_URL").get("valueFrom"))
                    .get("configMapKeyRef")).get("key");
            assertTrue(String.valueOf(config.get(key)).endsWith("/" + database), service + " ConfigMap " + key);
            used.add(database);
        }
        assertEquals(used, created, "init-databases.sh creates exactly the services' databases");
    }

    @Test
    void noPasswordIsCommittedOrDefaulted() {
        assertFalse(K8S.containsKey("Secret"), "the Secrets are created by hand (README), never committed");
        for (String service : SERVICES.keySet()) {
            Map<String, Map<String, Object>> env = env(container(service));
            for (String variable : List.of("ECOCITY_DB_USER", "ECOCITY_DB_PASSWORD")) {
                assertNotNull(map(env.get(variable).get("valueFrom")).get("secretKeyRef"),
                        service + ": " + variable + " from a Secret");
            }
        }
        Map<String, Object> services = map(compose.get("services"));
        int passwords = 0;
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> env = map(map(service.getValue()).get("environment"));
            for (Map.Entry<String, Object> entry : env.entrySet()) {
                if (entry.getKey().contains("PASSWORD")) {
                    passwords++;
                    // ${VAR:?message}: compose stops when the variable is unset or empty
                    assertTrue(String.valueOf(entry.getValue()).matches("\\$\\{[A-Z0-9_]+:\\?[^}]*}"),
                            service.getKey() + " " + entry.getKey() + " must be required, without default: "
                                    + entry.getValue());
                }
            }
        }
        assertEquals(1 + 2 * SERVICES.size(), passwords, "postgres: the superuser and " + SERVICES.size()
                + " service roles; each of the " + SERVICES.size() + " services: its own");
    }

    @Test
    void composeStartsOnHealthyInfrastructureWithLimitsAndTheGatewayOn8080() throws IOException {
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> kafka = map(services.get("kafka"));
        assertTrue(String.valueOf(kafka.get("image")).matches("apache/kafka:4\\.1\\.\\d+"), "apache/kafka 4.1.x");
        assertEquals("broker,controller", map(kafka.get("environment")).get("KAFKA_PROCESS_ROLES"), "KRaft");
        assertNotNull(kafka.get("healthcheck"), "kafka healthcheck");
        assertNotNull(map(services.get("postgres")).get("healthcheck"), "postgres healthcheck");
        Set<String> namedVolumes = map(compose.get("volumes")).keySet();
        assertEquals(Set.of("kafka-data", "postgres-data"), namedVolumes);
        for (String service : SERVICES.keySet()) {
            Map<String, Object> spec = map(services.get(service));
            Map<String, Object> dependsOn = map(spec.get("depends_on"));
            for (String infrastructure : List.of("kafka", "postgres")) {
                assertEquals("service_healthy", map(dependsOn.get(infrastructure)).get("condition"),
                        service + " waits for " + infrastructure);
            }
            Map<String, Object> limits = map(map(map(spec.get("deploy")).get("resources")).get("limits"));
            assertNotNull(limits.get("memory"), service + " memory limit");
            assertEquals(String.valueOf(SERVICES.get(service)), map(spec.get("environment")).get("QUARKUS_HTTP_PORT"));
            assertEquals("src/main/docker/Dockerfile.jvm", map(spec.get("build")).get("dockerfile"), service);
        }
        List<?> gatewayPorts = (List<?>) map(services.get("gateway")).get("ports");
        assertTrue(gatewayPorts.stream().anyMatch(p -> String.valueOf(p).matches("\\$\\{[A-Z_]+:-8080}:8080|8080:8080")),
                "the gateway on 8080: " + gatewayPorts);
    }

    @Test
    void everyImageRunsAsNonRootWithAnExplicitHeapAndAReadinessHealthCheck() throws IOException {
        for (String service : SERVICES.keySet()) {
            Path path = root.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
            String dockerfile = Files.readString(path);
            List<String> users = matches(Pattern.compile("(?m)^USER\\s+(\\S+)"), dockerfile);
            assertFalse(users.isEmpty(), path + " sets no USER");
            String user = users.get(users.size() - 1);
            assertFalse(user.equals("root") || user.equals("0"), path + " runs as root");
            assertTrue(Pattern.compile("(?ms)^HEALTHCHECK\\b.*?/q/health/ready").matcher(dockerfile).find(),
                    path + " HEALTHCHECK on /q/health/ready");
            assertTrue(dockerfile.matches("(?s).*-Xmx\\d+[mMgG].*"), path + " explicit -Xmx");
            assertTrue(dockerfile.contains("EXPOSE " + SERVICES.get(service)), path + " EXPOSE");
            for (int other : OTHER_PORTS.getOrDefault(service, List.of())) {
                assertTrue(dockerfile.matches("(?s).*\\nEXPOSE [^\\n]*\\b" + other + "\\b.*"), path + " EXPOSE " + other);
            }
            for (String part : List.of("lib/", "app/", "quarkus/", "quarkus-run.jar")) {
                assertTrue(dockerfile.contains("COPY target/quarkus-app/" + part), path + " copies " + part);
            }
        }
    }

    @Test
    void servicesConfigAndAutoscalingHangTogether() {
        Map<String, Object> config = map(kind("ConfigMap").get("ecocity-config").get("data"));
        for (String service : SERVICES.keySet()) {
            Map<String, Object> deployment = kind("Deployment").get(service);
            Map<String, Object> spec = map(deployment.get("spec"));
            Map<String, Object> labels = map(map(map(spec.get("template")).get("metadata")).get("labels"));
            assertTrue(labels.entrySet().containsAll(map(map(spec.get("selector")).get("matchLabels")).entrySet()),
                    service + " selector matches its pods");
            for (Map.Entry<String, Map<String, Object>> variable : env(container(service)).entrySet()) {
                Object ref = map(variable.getValue().getOrDefault("valueFrom", Map.of())).get("configMapKeyRef");
                if (ref != null) {
                    assertEquals("ecocity-config", map(ref).get("name"));
                    assertTrue(config.containsKey((String) map(ref).get("key")), service + " " + variable.getKey()
                            + " refers to a missing ConfigMap key " + ref);
                }
            }
            if (!service.equals("gateway")) {
                // one outbox relay per domain service, so one entity's events are published in order
                assertEquals(1, spec.get("replicas"), service + " replicas");
                assertEquals("Recreate", map(spec.get("strategy")).get("type"), service + " strategy");
            }
            Map<String, Object> svc = kind("Service").get(service);
            assertNotNull(svc, service + " Service");
            Map<String, Object> svcSpec = map(svc.get("spec"));
            assertTrue(labels.entrySet().containsAll(map(svcSpec.get("selector")).entrySet()), service + " Service selector");
            Map<String, Integer> ports = containerPorts(container(service));
            for (Object port : (List<?>) svcSpec.get("ports")) {
                Object target = map(port).get("targetPort");
                assertTrue(ports.containsKey(String.valueOf(target)) || ports.containsValue(target),
                        service + " Service targetPort " + target);
                assertTrue(portsOf(service).contains(map(port).get("port")), service + " Service port " + map(port).get("port"));
            }
        }
        Map<String, Map<String, Object>> autoscalers = kind("HorizontalPodAutoscaler");
        assertEquals(1, autoscalers.size(), "only the gateway autoscales");
        assertEquals("gateway", map(map(autoscalers.values().iterator().next().get("spec")).get("scaleTargetRef")).get("name"));
        for (String domain : List.of("air", "water", "waste")) {
            assertEquals("http://" + domain + "-service:" + SERVICES.get(domain + "-service"), config.get(domain + "-url"));
        }
        Set<String> listed = new HashSet<>();
        for (Object resource : (List<?>) kind("Kustomization").get("kustomization.yaml").get("resources")) {
            listed.add(String.valueOf(resource));
        }
        try (Stream<Path> files = Files.list(root.resolve("deploy/kubernetes"))) {
            Set<String> present = new HashSet<>();
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(present::add);
            assertEquals(present, listed, "kustomization.yaml lists every manifest");
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Variables the prod profile reads without a default, e.g. {@code %prod.x=${ECOCITY_DB_URL}}. */
    private static Set<String> requiredProdVariables(String service) throws IOException {
        Set<String> required = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve(service).resolve("src/main/resources/application.properties"))) {
            if (line.startsWith("%prod.")) {
                required.addAll(matches(REQUIRED_VARIABLE, line));
            }
        }
        return required;
    }

    private static Map<String, Map<String, Object>> kind(String kind) {
        return K8S.getOrDefault(kind, Map.of());
    }

    private static Map<String, Object> container(String service) {
        Map<String, Object> deployment = kind("Deployment").get(service);
        assertNotNull(deployment, "Deployment " + service);
        List<?> containers = (List<?>) map(map(map(deployment.get("spec")).get("template")).get("spec")).get("containers");
        assertEquals(1, containers.size(), service + " containers");
        return map(containers.get(0));
    }

    private static Map<String, Integer> containerPorts(Map<String, Object> container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object port : (List<?>) container.get("ports")) {
            ports.put(String.valueOf(map(port).get("name")), (Integer) map(port).get("containerPort"));
        }
        return ports;
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        for (Object entry : (List<?>) container.get("env")) {
            env.put((String) map(entry).get("name"), map(entry));
        }
        return env;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value == null || value instanceof Map, "expected a mapping, found " + value);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Path findRoot() {
        // Surefire runs in system-tests/; walk up so the test also runs from the repository root in an IDE.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root with docker-compose.yml not found above "
                + Path.of("").toAbsolutePath());
    }
}
