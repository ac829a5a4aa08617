package vn.ocop.fair.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import vn.ocop.fair.local.Topics;

/**
 * Docker is not available here, so compose.yaml is read as data: every container can start (image or
 * build, health check, start order on healthy dependencies), and the services get the ports and the
 * settings they read, derived from the same places the local launcher and the services use.
 */
class ComposeFileTest {

    static final List<String> APPLICATIONS =
            List.of("catalog-service", "order-service", "event-service", "notification-service", "gateway");

    static final Map<String, Object> COMPOSE = yaml(Repository.path("deploy/compose/compose.yaml"));

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) COMPOSE.get("services");
    }

    @Test
    void theWholeSystemIsThere() {
        assertThat(services())
                .containsKeys("kafka", "kafka-init", "mongo", "keycloak", "jaeger", "mailpit", "prometheus", "grafana")
                .containsKeys(APPLICATIONS.toArray(String[]::new));
        assertThat(services().get("kafka").get("image")).isEqualTo("${KAFKA_IMAGE}");
        assertThat(Files.exists(Repository.path("deploy/compose/.env"))).isTrue();
    }

    @Test
    void everyContainerHasAnImageAndEveryLongRunningOneAHealthCheck() {
        services().forEach((name, service) -> {
            assertThat(service.containsKey("image") || service.containsKey("build"))
                    .as("%s has image or build", name)
                    .isTrue();
            if (!name.equals("kafka-init")) {
                assertThat(service).as(name).containsKey("healthcheck");
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void startOrderWaitsForHealthyDependenciesThatExist() {
        services().forEach((name, service) -> {
            Map<String, Map<String, String>> dependsOn =
                    (Map<String, Map<String, String>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> {
                assertThat(services()).as("%s depends on %s", name, dependency).containsKey(dependency);
                assertThat(condition.get("condition"))
                        .isIn("service_healthy", "service_completed_successfully", "service_started");
            });
        });
        for (String backend : APPLICATIONS.subList(0, 4)) {
            Map<String, Map<String, String>> dependsOn =
                    (Map<String, Map<String, String>>) services().get(backend).get("depends_on");
            assertThat(dependsOn.get("kafka").get("condition")).isEqualTo("service_healthy");
            assertThat(dependsOn.get("mongo").get("condition")).isEqualTo("service_healthy");
            assertThat(dependsOn.get("kafka-init").get("condition")).isEqualTo("service_completed_successfully");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "order-service", "event-service", "notification-service", "gateway"})
    @SuppressWarnings("unchecked")
    void eachServiceListensOnThePortOfItsApplicationYml(String name) {
        Map<String, Object> applicationYml =
                firstDocument(Repository.path(name + "/src/main/resources/application.yml"));
        int port = (Integer) ((Map<String, Object>) applicationYml.get("server")).get("port");
        Map<String, Object> service = services().get(name);

        // the gateway is the one door; a service's port is published on the host's loopback only
        assertThat((List<String>) service.get("ports"))
                .contains(name.equals("gateway") ? port + ":" + port : "127.0.0.1:" + port + ":" + port);
        assertThat(environment(name)).containsEntry("SERVER_PORT", String.valueOf(port));
        // every actuator listens apart from the API (8090 for the gateway, 8091-8094 for the services)
        int management = name.equals("gateway") ? 8090 : port + 10;
        assertThat(environment(name)).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(management));
        assertThat(String.join(" ", (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test")))
                .contains("/dev/tcp/127.0.0.1/" + management, "/actuator/health/readiness");
        assertThat(((Map<String, Object>) service.get("build")).get("args"))
                .isEqualTo(Map.of("SERVICE", name, "VERSION", "${OCOP_VERSION}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "order-service", "event-service", "notification-service"})
    void everyBackendGetsEverySettingTheLauncherGivesIt(String name) throws IOException {
        Set<String> launcherSettings = launcherProperties("backend");
        launcherSettings.addAll(launcherProperties("common"));

        assertThat(environment(name).keySet()).containsAll(asEnvironmentVariables(launcherSettings));
        assertThat(environment(name))
                .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "kafka:9092")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("MANAGEMENT_TRACING_EXPORT_ENABLED", "true")
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://jaeger:4318/v1/traces");
        assertThat(environment(name).get("SPRING_MONGODB_URI"))
                .startsWith("mongodb://mongo:27017/")
                .contains("replicaSet=rs0");
    }

    @Test
    void theGatewayGetsEveryServiceUrlTheLauncherGivesItPointingAtComposeServices() throws IOException {
        Set<String> launcherSettings = launcherProperties("gateway");
        launcherSettings.addAll(launcherProperties("common"));
        Map<String, String> environment = environment("gateway");

        assertThat(launcherSettings).contains("ocop.gateway.services.catalog", "management.server.port");
        assertThat(environment.keySet()).containsAll(asEnvironmentVariables(launcherSettings));
        for (String service : List.of("catalog", "order", "event", "notification")) {
            String url = environment.get("OCOP_GATEWAY_SERVICES_" + service.toUpperCase(Locale.ROOT));
            assertThat(services()).containsKey(url.replaceAll("http://([^:]+):.*", "$1"));
        }
        assertThat(environment).containsEntry("MANAGEMENT_SERVER_PORT", "8090");
    }

    @Test
    void theKafkaInitContainerCreatesExactlyTheTopicsOfTheContract() throws IOException {
        Map<String, String> created = new HashMap<>();
        Pattern create = Pattern.compile("^create (\\S+) (\\d+) (\\S+)$", Pattern.MULTILINE);
        Matcher m = create.matcher(Files.readString(Repository.path("deploy/compose/kafka/create-topics.sh")));
        while (m.find()) {
            created.put(m.group(1), m.group(2) + " " + m.group(3));
        }

        Map<String, String> contract = Topics.all().stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t.numPartitions() + " " + configs(t)));
        assertThat(created).isEqualTo(contract);
    }

    @Test
    void theRealmHasTheRolesTheDemoUsersAndTheClaimsTheServicesRead() throws IOException {
        String realm = Files.readString(Repository.path("deploy/compose/keycloak/ocop-realm.json"));

        assertThat(realm)
                .contains("\"CUSTOMER\"", "\"PRODUCER\"", "\"ORGANISER\"", "\"OPERATOR\"")
                .contains("\"khachhang\"", "\"vanphuc\"", "\"battrang\"", "\"bantochuc\"", "\"vanhanh\"")
                .contains("\"htx-lua-van-phuc\"", "\"demo123\"")
                .contains("\"included.custom.audience\": \"ocop-fair\"", "\"claim.name\": \"roles\"")
                .contains("\"claim.name\": \"producer_id\"");
    }

    private static String configs(NewTopic topic) {
        return topic.configs().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        return (Map<String, String>) services().get(service).get("environment");
    }

    /**
     * The properties ServiceCatalogue passes ({@code --name=value}) in one of its methods: common
     * (every service), backend (the four services), gateway; the profile is the local run's only.
     */
    private static Set<String> launcherProperties(String method) throws IOException {
        String source = Files.readString(
                Repository.path("deploy/local/src/main/java/vn/ocop/fair/local/ServiceCatalogue.java"));
        String body = switch (method) {
            case "common" ->
                between(source, "private static List<String> common(", "private static ServiceProcess process(");
            case "backend" -> between(source, "private static ServiceProcess backend(", "/** Every service");
            default -> between(source, "List<String> gatewayArgs", "services.add(process(options, \"gateway\"");
        };
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\"--([a-z0-9.-]+)=").matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        names.remove("spring.profiles.active"); // compose runs the default profile: no local issuer, no demo shortcuts
        // the launcher binds to the loopback; in a container that would shut the port to the other
        // containers, so compose publishes the ports on the host's loopback instead (see ports)
        names.remove("server.address");
        names.remove("management.server.address");
        return names;
    }

    /**
     * Boot's relaxed binding, in the form compose and Kubernetes use: spring.kafka.bootstrap-servers
     * is SPRING_KAFKA_BOOTSTRAP_SERVERS (Boot binds it as well as SPRING_KAFKA_BOOTSTRAPSERVERS).
     */
    static Set<String> asEnvironmentVariables(Set<String> properties) {
        return properties.stream()
                .map(p -> p.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String between(String source, String from, String to) {
        int start = source.indexOf(from);
        int end = source.indexOf(to, start + from.length());
        assertThat(start).as("ServiceCatalogue has %s", from).isNotNegative();
        assertThat(end).as("ServiceCatalogue has %s", to).isPositive();
        return source.substring(start, end);
    }

    /** The profile-independent part of a multi-document application.yml. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> firstDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (Map<String, Object>) new Yaml().loadAll(in).iterator().next();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
