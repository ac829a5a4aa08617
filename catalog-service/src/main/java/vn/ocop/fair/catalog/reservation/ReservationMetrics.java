package vn.ocop.fair.catalog.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code ocop_stock_reservations_total{outcome=accepted|rejected}} and
 * {@code ocop_stock_reservation_latency_seconds} (from the order being placed to its outcome
 * being written), on {@code /actuator/prometheus}.
 */
@Component
class ReservationMetrics {

    private final Counter accepted;
    private final Counter rejected;
    private final Timer latency;

    ReservationMetrics(MeterRegistry meters) {
        this.accepted = outcomes(meters, "accepted");
        this.rejected = outcomes(meters, "rejected");
        this.latency = Timer.builder("ocop.stock.reservation.latency")
                .description("From OrderPlaced (its occurredAt) to the reservation's outcome being written")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(meters);
    }

    private static Counter outcomes(MeterRegistry meters, String outcome) {
        return Counter.builder("ocop.stock.reservations")
                .description("Orders whose stock was reserved (accepted) or not (rejected)")
                .tag("outcome", outcome)
                .register(meters);
    }

    void outcome(Reservation.Status status, Instant placedAt, Instant now) {
        (status == Reservation.Status.RESERVED ? accepted : rejected).increment();
        if (placedAt != null && !now.isBefore(placedAt)) {
            latency.record(Duration.between(placedAt, now));
        }
    }
}
