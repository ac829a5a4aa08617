package vn.ocop.fair.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.ActuatorContract;
import vn.ocop.fair.testsupport.OpenApiContract;
import vn.ocop.fair.testsupport.TestTokens;
import vn.ocop.fair.tokens.RememberedTokens;

@EventIntegrationTest
class EventServiceStartsTest implements ActuatorContract, OpenApiContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String application() {
        return "event-service";
    }

    @Override
    public String gatewayRoute() {
        return "/api/fairs";
    }

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
}
