package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.PublishedEventSamples;
import vn.ocop.fair.catalog.reservation.Reservation.LineState;
import vn.ocop.fair.support.events.UnreadableEvent;

/** Reads the samples order-service pins for its events (the producer's side of the contract). */
@JsonTest
class OrderEventContractTest {

    static final String ORDER = "5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90";

    @Autowired
    JsonMapper json;

    @Test
    void mapsOrderPlacedToAReservationOfEachLine() throws IOException {
        Reservation reservation = read("OrderPlaced").toReservation();

        assertThat(reservation.orderId()).isEqualTo(ORDER);
        assertThat(reservation.placedAt()).isEqualTo(Instant.parse("2026-05-21T02:00:00Z"));
        assertThat(reservation.lines())
                .containsExactly(
                        new Reservation.Line(
                                "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", 2, LineState.PENDING, null, 0, null),
                        new Reservation.Line(
                                "7d41c2b8-95e0-4a3f-8b17-6e2a0c9d5f33", 1, LineState.PENDING, null, 0, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderCancelled", "OrderRejected", "OrderExpired", "OrderFulfilled"})
    void readsTheOrderOfEveryEventThatEndsIt(String type) throws IOException {
        assertThat(read(type).requireOrderId()).isEqualTo(ORDER);
    }

    @Test
    void ignoresFieldsItDoesNotRead() {
        String withExtras = """
                {"orderId":"o-1","customerId":"c","fairId":null,"totalVnd":1,"newField":{"x":1},
                 "lines":[{"productId":"p-1","quantity":2,"unitPriceVnd":5,"discount":3}],
                 "occurredAt":"2026-05-21T02:00:00Z"}
                """;

        assertThat(json.readValue(withExtras, OrderEventCopy.class)
                        .toReservation()
                        .lines())
                .singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
    }

    @Test
    void refusesAnOrderPlacedWithoutUsableLines() {
        for (String bad : new String[] {
            "{\"orderId\":\"o-1\"}",
            "{\"orderId\":\"o-1\",\"lines\":[]}",
            "{\"orderId\":\"o-1\",\"lines\":[{\"productId\":\"p-1\",\"quantity\":0}]}",
            "{\"lines\":[{\"productId\":\"p-1\",\"quantity\":1}]}"
        }) {
            assertThatThrownBy(() -> json.readValue(bad, OrderEventCopy.class).toReservation())
                    .as(bad)
                    .isInstanceOf(UnreadableEvent.class);
        }
    }

    private OrderEventCopy read(String type) throws IOException {
        return json.readValue(PublishedEventSamples.of("order-service", type), OrderEventCopy.class);
    }
}
