package vn.ocop.fair.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every outbox relay of a service publishes ({@code ocop.outbox.*}), checked at start-up.
 *
 * @param pollInterval how often a relay looks for events a crash or outage left behind
 * @param batchSize aggregates relayed per pass, 1 to 10,000
 * @param ackTimeout how long to wait for the broker's acknowledgement of one event
 */
@ConfigurationProperties("ocop.outbox")
public record OutboxProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration ackTimeout) {

    public OutboxProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("ocop.outbox.poll-interval must be positive, not " + pollInterval);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("ocop.outbox.batch-size must be 1 to 10000, not " + batchSize);
        }
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ocop.outbox.ack-timeout must be positive, not " + ackTimeout);
        }
    }
}
