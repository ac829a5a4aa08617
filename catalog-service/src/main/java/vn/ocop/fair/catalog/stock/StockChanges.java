package vn.ocop.fair.catalog.stock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;

/** What follows every applied stock change: stock-outs are counted, raised events sent on their way. */
@Component
class StockChanges {

    private final OutboxRelay relay;
    private final Counter stockOuts;

    StockChanges(OutboxRelays relays, MeterRegistry meters) {
        this.relay = relays.forCollection(Stocks.COLLECTION);
        this.stockOuts = Counter.builder("ocop.stock.stockouts")
                .description("Times a product's units on sale reached zero")
                .register(meters);
    }

    Stocks.Attempt observed(Stocks.Attempt attempt) {
        if (attempt.stockedOut()) {
            stockOuts.increment();
        }
        if (attempt.raisedEvents()) {
            relay.wake(attempt.change().productId());
        }
        return attempt;
    }
}
