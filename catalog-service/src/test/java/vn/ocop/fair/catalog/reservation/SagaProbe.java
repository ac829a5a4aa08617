package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockHolds;

/** What tests look at after the saga ran: reservations and stock, and the invariant between them. */
public final class SagaProbe {

    private final Reservations reservations;
    private final StockHolds holds;

    SagaProbe(Reservations reservations, StockHolds holds) {
        this.reservations = reservations;
        this.holds = holds;
    }

    Reservation awaitStatus(String orderId, Status status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reservations
                        .find(orderId)
                        .map(c -> c.reservation().status() == status)
                        .orElse(false));
        return reservation(orderId);
    }

    Reservation reservation(String orderId) {
        return reservations.find(orderId).orElseThrow().reservation();
    }

    /** The product's stock, having checked that available + reserved + sold = received, and none of them is negative. */
    Stock stock(String productId) {
        Stock s = holds.find(productId).orElseThrow();
        assertThat(s.available()).as("available of %s", productId).isNotNegative();
        assertThat(s.available() + s.reserved() + s.sold())
                .as("available + reserved + sold of %s", productId)
                .isEqualTo(s.received());
        assertThat(s.reserved()).as("reserved of %s", productId).isNotNegative();
        assertThat(s.heldOrders()).as("orders holding %s", productId).isNotNegative();
        return s;
    }

    /** Waits until the order has no move of the product in flight: the saga settled it (or took it back). */
    Stock awaitSettled(String productId, String orderId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> holds.find(productId).orElseThrow().moveOf(orderId).isEmpty());
        return stock(productId);
    }

    /** Makes the probe a bean of the shared context, so a test injects it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        SagaProbe sagaProbe(Reservations reservations, StockHolds holds) {
            return new SagaProbe(reservations, holds);
        }
    }
}
