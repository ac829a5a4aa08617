package vn.ocop.fair.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.TestTokens;
import vn.ocop.fair.tokens.RememberedTokens;

@EventIntegrationTest
class EventServiceStartsTest {

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    @Test
    void reportsHealthyWithLivenessAndReadinessToAnyoneButNoDetails() {
        ResponseEntity<String> health = get("/actuator/health");

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<String> answer = get(probe);
            assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(probe).doesNotContain("components", "details");
        }
    }

    @Test
    void showsHealthComponentsToAnOperator() {
        ResponseEntity<String> health = http.get()
                .uri("/actuator/health")
                .header("Authorization", "Bearer " + TestTokens.shared().operator())
                .retrieve()
                .toEntity(String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(health.getBody(), "$.components.mongo.status"))
                .isEqualTo("UP");
    }

    @Test
    void keepsInfoAndOtherActuatorEndpointsForOperators() {
        assertThat(get("/actuator/info").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/actuator/health/mongo").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/actuator").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> info = http.get()
                .uri("/actuator/info")
                .header("Authorization", "Bearer " + TestTokens.shared().operator())
                .retrieve()
                .toEntity(String.class);
        assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void servesPrometheusMetricsOnItsOwnPortOnlyToAnOperator() {
        assertThat(get("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> metrics = http.get()
                .uri("/actuator/prometheus")
                .header("Authorization", "Bearer " + TestTokens.shared().operator())
                .retrieve()
                .toEntity(String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("application=\"event-service\"");
    }

    @Test
    void checksEachDistinctBearerTokenOnce() {
        assertThat(decoder).isInstanceOf(RememberedTokens.class);
        String token = TestTokens.shared().organiser();

        assertThat(decoder.decode(token)).isSameAs(decoder.decode(token));
    }

    @Test
    void refusesCallsWithoutATokenEvenWithAForgedRoleHeader() {
        ResponseEntity<String> answer = http.post()
                .uri("/api/fairs")
                .header("X-User-Roles", "ORGANISER")
                .header("Content-Type", "application/json")
                .body("{}")
                .retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void publishesItsOpenApiSpecUnderItsGatewayRoute() {
        ResponseEntity<String> spec = get("/api/fairs/v3/api-docs");

        assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(spec.getBody()).contains("\"openapi\"");
    }

    private ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }
}
