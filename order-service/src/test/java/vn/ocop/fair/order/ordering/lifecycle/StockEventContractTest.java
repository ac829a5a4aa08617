package vn.ocop.fair.order.ordering.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.support.PublishedSamples;

/** Reads the samples catalog-service pins for its saga replies (the producer's side of the contract). */
@JsonTest
class StockEventContractTest {

    static final String ORDER = "5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90";

    @Autowired
    JsonMapper json;

    @Test
    void readsTheOrderOfStockReservedReleasedAndCommitted() {
        assertThat(read("StockReserved").orderId()).isEqualTo(ORDER);
        assertThat(read("StockReserved").refusedLines()).isEmpty();
        assertThat(read("StockReleased").cause()).isEqualTo("ORDER_EXPIRED");
        assertThat(read("StockCommitted").orderId()).isEqualTo(ORDER);
    }

    @Test
    void readsEachRefusedLineOfStockReservationRejected() {
        assertThat(read("StockReservationRejected").refusedLines())
                .containsExactly(
                        new Order.RejectedLine("7d41c2b8-95e0-4a3f-8b17-6e2a0c9d5f33", "OUT_OF_STOCK", 0),
                        new Order.RejectedLine("c3e8a7f1-2d64-4b09-8e5a-91f0b6d2c7e4", "DELISTED", 0));
    }

    private StockEventCopy read(String type) {
        return PublishedSamples.CATALOG.read(type, json, StockEventCopy.class);
    }
}
