package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogueTest {

    @TempDir
    Path data;

    @Test
    void bindsEveryServiceToLoopbackOnly() {
        Map<String, ServiceProcess> services = services();

        for (String name : List.of("catalog-service", "order-service", "event-service", "notification-service")) {
            assertThat(services.get(name).arguments()).as(name).contains("--server.address=127.0.0.1");
            assertThat(services.get(name).url()).as(name).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void givesEveryServiceAManagementPortOfItsOwnOnLoopback() {
        Map<String, ServiceProcess> services = services();

        Map<String, Integer> documented = Map.of(
                "catalog-service", 8091, "order-service", 8092, "event-service", 8093, "notification-service", 8094);
        documented.forEach((name, port) -> {
            assertThat(services.get(name).arguments())
                    .as(name)
                    .contains("--management.server.port=" + port, "--management.server.address=127.0.0.1");
            assertThat(services.get(name).managementUrl()).as(name).isEqualTo("http://127.0.0.1:" + port);
        });
    }

    @Test
    void bindsTheGatewaysManagementPortToLoopbackButLeavesItsPublicPortOpen() {
        List<String> gateway = services().get("gateway").arguments();

        assertThat(gateway).contains("--management.server.port=8090", "--management.server.address=127.0.0.1");
        assertThat(gateway).contains("--server.port=8080").noneMatch(arg -> arg.startsWith("--server.address="));
    }

    private Map<String, ServiceProcess> services() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--root=/srv/ocop", "--data=" + data});
        LocalInfrastructure notStarted = LocalInfrastructure.scratch(data, 9092, 9093, 27017);
        return ServiceCatalogue.services(options, notStarted, 3025).stream()
                .collect(Collectors.toMap(ServiceProcess::name, Function.identity()));
    }
}
