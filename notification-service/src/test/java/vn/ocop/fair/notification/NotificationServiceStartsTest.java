package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.ActuatorContract;
import vn.ocop.fair.testsupport.OpenApiContract;

class NotificationServiceStartsTest extends ServiceTest implements ActuatorContract, OpenApiContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String application() {
        return "notification-service";
    }

    @Override
    public String gatewayRoute() {
        return "/api/notifications";
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
}
