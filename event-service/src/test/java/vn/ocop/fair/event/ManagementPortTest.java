package vn.ocop.fair.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.TestTokens;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * The actuator on its own port, as the local run, compose and Kubernetes start every service:
 * Prometheus scrapes it without a token, the API port serves no actuator endpoint, and the other
 * endpoints still want an operator.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "ocop.event.database=fairs-management-port-test",
            "ocop.outbox.poll-interval=300ms",
            "ocop.event.fairs.scheduler-interval=1h",
            "ocop.event.fairs.metrics-refresh=1h"
        })
@UsesSharedInfrastructure
@Import({TestClock.Configuration.class, RecordingPublisher.Configuration.class})
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesMetricsWithoutATokenOnTheManagementPort() {
        ResponseEntity<String> metrics = get(managementPort, "/actuator/prometheus", null);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("application=\"event-service\"");
    }

    @Test
    void keepsInfoAndHealthDetailsForOperatorsOnTheManagementPort() {
        assertThat(get(managementPort, "/actuator/info", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(managementPort, "/actuator/health/readiness", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get(managementPort, "/actuator/health", null).getBody()).doesNotContain("components");
        assertThat(get(managementPort, "/actuator/health", TestTokens.shared().operator())
                        .getBody())
                .contains("components");
    }

    @Test
    void servesNoMetricsOnTheApiPort() {
        assertThat(get(port, "/actuator/prometheus", null).getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThat(get(port, "/actuator/prometheus", TestTokens.shared().operator())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static ResponseEntity<String> get(int port, String path, String token) {
        RestClient.RequestHeadersSpec<?> request = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (req, res) -> {})
                .build()
                .get()
                .uri(path);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.retrieve().toEntity(String.class);
    }
}
