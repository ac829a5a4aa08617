package vn.ocop.fair.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.gateway.GatewayTest;

class RequestIdTest extends GatewayTest {

    @Test
    void passesTheClientsRequestIdToTheServiceAndBack() {
        String id = "fair-day." + UUID.randomUUID();

        HttpResponse<String> response = gateway.send(
                gateway.request("/api/catalog/products?trace=" + id).header("X-Request-Id", id));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);
        assertThat(receivedIds(id)).containsExactly(id);
    }

    @Test
    void createsAnIdWhenTheClientSentNone() {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = gateway.get("/api/fairs/f-1?trace=" + marker);

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(receivedIds(marker)).containsExactly(id);
    }

    @Test
    void replacesAnIdThatIsNotSane() {
        String insane = "x".repeat(65);

        HttpResponse<String> response = gateway.send(
                gateway.request("/api/catalog/products?trace=insane").header("X-Request-Id", insane));

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotEqualTo(insane);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void returnsTheIdOnTheGatewaysOwnAnswersToo() {
        HttpResponse<String> denied =
                gateway.send(gateway.request("/api/orders").header("X-Request-Id", "denied-1"));

        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(denied.headers().firstValue("X-Request-Id")).hasValue("denied-1");
    }

    private java.util.List<String> receivedIds(String marker) {
        return backend.received().stream()
                .filter(r -> r.headers().getFirst("X-Request-Id") != null)
                .filter(r -> r.query().contains(marker))
                .map(r -> r.headers().getFirst("X-Request-Id"))
                .toList();
    }
}
