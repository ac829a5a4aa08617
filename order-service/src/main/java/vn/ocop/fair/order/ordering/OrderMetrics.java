package vn.ocop.fair.order.ordering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Orders per fair and outcome ({@code ocop.orders}), order value at confirmation ({@code
 * ocop.order.value}, vnd), units per fair and product ({@code ocop.order.units}: products of the
 * read model only), saga latency placed → confirmed ({@code ocop.saga.latency}), idempotent
 * replays ({@code ocop.orders.idempotent.replays}).
 */
@Component
public class OrderMetrics {

    private final MeterRegistry meters;
    private final Timer sagaLatency;
    private final Counter replays;

    OrderMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.sagaLatency = Timer.builder("ocop.saga.latency")
                .description("From an order placed to its confirmation (stock reserved by catalog)")
                .publishPercentileHistogram()
                .register(meters);
        this.replays = Counter.builder("ocop.orders.idempotent.replays")
                .description("Order requests answered with the order an earlier request with the same key created")
                .register(meters);
    }

    public void outcome(Order order, String outcome) {
        Counter.builder("ocop.orders")
                .description("Orders by fair and outcome")
                .tags("fair", fair(order), "outcome", outcome)
                .register(meters)
                .increment();
    }

    public void confirmed(Order order, Duration sincePlaced) {
        outcome(order, "confirmed");
        Counter.builder("ocop.order.value")
                .description("Value of confirmed orders, whole đồng")
                .baseUnit("vnd")
                .tags("fair", fair(order))
                .register(meters)
                .increment(order.totalVnd());
        sagaLatency.record(sincePlaced.isNegative() ? Duration.ZERO : sincePlaced);
        for (Order.Line line : order.lines()) {
            Counter.builder("ocop.order.units")
                    .description("Units of confirmed orders by fair and product")
                    .tags("fair", fair(order), "product", line.productId())
                    .register(meters)
                    .increment(line.quantity());
        }
    }

    public void replayed() {
        replays.increment();
    }

    private static String fair(Order order) {
        return order.fairId() == null ? "none" : order.fairId();
    }
}
