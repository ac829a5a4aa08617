package vn.ocop.fair.notification.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code ocop.notifications} (channel, type, outcome created/sent/failed), {@code
 * ocop.notification.delivery.latency} (event time → sent, per channel) and {@code
 * ocop.notifications.pending} (the retry queue per channel).
 */
@Component
public class NotificationMetrics {

    private final MeterRegistry registry;

    public NotificationMetrics(MeterRegistry registry, Notifications notifications) {
        this.registry = registry;
        for (Channel channel : new Channel[] {Channel.EMAIL, Channel.WEBHOOK}) {
            Gauge.builder("ocop.notifications.pending", notifications, n -> n.pending(channel))
                    .description("E-mails and webhook calls stored and not yet sent or failed for good")
                    .tag("channel", channel.name())
                    .register(registry);
        }
    }

    public void created(Channel channel, String type) {
        count(channel, type, "created");
    }

    public void failed(Channel channel, String type) {
        count(channel, type, "failed");
    }

    public void sent(Channel channel, String type, Instant eventTime, Instant now) {
        count(channel, type, "sent");
        if (eventTime != null) {
            Timer.builder("ocop.notification.delivery.latency")
                    .description("From the event to the message sent")
                    .tag("channel", channel.name())
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(
                            Duration.between(eventTime, now).isNegative()
                                    ? Duration.ZERO
                                    : Duration.between(eventTime, now));
        }
    }

    private void count(Channel channel, String type, String outcome) {
        Counter.builder("ocop.notifications")
                .description("Notifications by channel, type and outcome")
                .tag("channel", channel.name())
                .tag("type", type)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
