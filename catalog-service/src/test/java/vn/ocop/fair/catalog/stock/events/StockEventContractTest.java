package vn.ocop.fair.catalog.stock.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.testsupport.PinnedEventSamples;

/**
 * Pins the JSON of each stock event catalog publishes to a sample under {@code events/}; consumers'
 * tests (order-service, notification-service) read the same samples.
 */
@JsonTest
class StockEventContractTest implements PinnedEventSamples<StockEvent> {

    static final String ORDER = "5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90";
    static final String SCARF = "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11";
    static final String TEA = "7d41c2b8-95e0-4a3f-8b17-6e2a0c9d5f33";
    static final Instant AT = Instant.parse("2026-05-21T02:00:01Z");
    static final List<StockLine> LINES = List.of(new StockLine(SCARF, 2), new StockLine(TEA, 1));

    @Autowired
    JsonMapper json;

    static List<Arguments> samples() {
        return List.of(
                Arguments.of("StockReserved", new StockReserved(ORDER, LINES, AT)),
                Arguments.of(
                        "StockReservationRejected",
                        new StockReservationRejected(
                                ORDER,
                                List.of(
                                        new StockReservationRejected.RejectedLine(TEA, 1, "OUT_OF_STOCK", 0),
                                        new StockReservationRejected.RejectedLine(
                                                "c3e8a7f1-2d64-4b09-8e5a-91f0b6d2c7e4", 3, "DELISTED", 0)),
                                AT)),
                Arguments.of(
                        "StockReleased",
                        new StockReleased(ORDER, LINES, "ORDER_EXPIRED", Instant.parse("2026-05-21T02:30:06Z"))),
                Arguments.of("StockCommitted", new StockCommitted(ORDER, LINES, Instant.parse("2026-05-22T09:15:01Z"))),
                Arguments.of("StockLow", new StockLow(SCARF, "htx-lua-van-phuc", 4, 5, AT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isKeyedByItsOrderOrForStockLowItsProduct(String type, StockEvent event) {
        assertThat(event.cloudEventType()).isEqualTo("vn.ocop.fair.catalog." + type + ".v1");
        assertThat(event.aggregateId()).isEqualTo(event instanceof StockLow ? SCARF : ORDER);
    }
}
