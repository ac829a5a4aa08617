package vn.ocop.fair.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A service believes a caller's roles only from a token it checked: a role header, as a client could
 * forge it, opens nothing. A service's test implements it and says where the service listens and its
 * route ({@link ServiceRoute}), which a caller reads only with a token.
 */
public interface ForgedRoleContract extends ServiceRoute {

    @Test
    default void refusesCallsWithoutATokenEvenWithAForgedRoleHeader() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + gatewayRoute()))
                                .timeout(Duration.ofSeconds(10))
                                .header("X-User-Roles", "ORGANISER")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }
}
