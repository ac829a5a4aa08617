package vn.ocop.fair.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What every service's actuator answers where it shares the service's port, as in the services'
 * own tests: the probes to anyone, with no details; health components, info and metrics only to
 * an operator. A service's test implements it and says where the service listens and its name.
 */
public interface ActuatorContract {

    /** The port the service under test listens on. */
    int port();

    /** {@code spring.application.name}, the {@code application} tag of its metrics. */
    String application();

    @Test
    default void reportsHealthyWithLivenessAndReadinessToAnyoneButNoDetails() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = get(probe, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).doesNotContain("components", "details");
        }
    }

    @Test
    default void showsHealthComponentsToAnOperator() throws Exception {
        HttpResponse<String> health =
                get("/actuator/health", TestTokens.shared().operator());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"components\"")
                .containsPattern("\"mongo\":\\{[^}]*(\\{[^}]*\\})?[^}]*\"status\":\"UP\"");
    }

    @Test
    default void keepsInfoAndOtherActuatorEndpointsForOperators() throws Exception {
        for (String path : new String[] {"/actuator/info", "/actuator/health/mongo", "/actuator"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get("/actuator/info", TestTokens.shared().operator()).statusCode())
                .isEqualTo(200);
    }

    @Test
    default void servesPrometheusMetricsOnASharedPortOnlyToAnOperator() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);

        HttpResponse<String> metrics =
                get("/actuator/prometheus", TestTokens.shared().operator());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"" + application() + "\"");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
