package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.ActuatorContract;

class NotificationServiceStartsTest extends ServiceTest implements ActuatorContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String application() {
        return "notification-service";
    }

    RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    @Test
    void refusesCallsWithoutATokenEvenWithAForgedRoleHeader() {
        ResponseEntity<String> answer = http.get()
                .uri("/api/notifications")
                .header("X-User-Roles", "ORGANISER")
                .retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void publishesItsOpenApiSpecUnderItsGatewayRoute() {
        ResponseEntity<String> spec = get("/api/notifications/v3/api-docs");

        assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(spec.getBody()).contains("\"openapi\"");
    }

    private ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }
}
