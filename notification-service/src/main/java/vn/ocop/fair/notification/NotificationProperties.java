package vn.ocop.fair.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything notification-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 * @param mailFrom the sender of every e-mail
 * @param delivery the sender loop: polling, retries and back-off of e-mails and webhook calls
 * @param webhook time-outs, circuit breaker and bulkhead of each webhook endpoint
 * @param reminders when "the fair opens tomorrow" is sent, local time
 * @param heartbeat how often an open live stream gets a comment, so proxies keep it open
 * @param demoData whether the demo accounts get preferences with e-mail addresses (local run)
 */
@Validated
@ConfigurationProperties("ocop.notification")
public record NotificationProperties(
        @NotBlank String database,
        @NotBlank String mailFrom,
        @NotNull @Valid Delivery delivery,
        @NotNull @Valid Webhook webhook,
        @NotNull @Valid Reminders reminders,
        @NotNull Duration heartbeat,
        boolean demoData) {

    /**
     * @param pollInterval how often pending sends are looked for (besides the wake-up after each insert)
     * @param batchSize how many due sends one sweep claims
     * @param maxAttempts attempts before a send is FAILED for good
     * @param initialBackoff the wait after the first failure, doubled after each further one
     * @param maxBackoff the longest wait between two attempts
     * @param lease how long a claimed send is left alone before another sweep takes it over (crash)
     * @param notPermittedDelay when to look again at a send its endpoint's circuit or bulkhead refused
     * @param workers threads that send
     * @param queueCapacity sends handed to the workers and not yet done, at most: a send due when
     *     stored is claimed and queued at once while there is room, otherwise left for the sweep
     */
    public record Delivery(
            @NotNull Duration pollInterval,
            @Min(1) int batchSize,
            @Min(1) int maxAttempts,
            @NotNull Duration initialBackoff,
            @NotNull Duration maxBackoff,
            @NotNull Duration lease,
            @NotNull Duration notPermittedDelay,
            @Min(1) int workers,
            @Min(1) int queueCapacity) {}

    /**
     * @param failureRateThreshold percent of failed calls that opens an endpoint's circuit
     * @param minimumCalls calls seen before the failure rate counts
     * @param openWait how long a circuit stays open before one trial call (half-open)
     * @param maxConcurrentCalls calls in flight to one endpoint at most (its bulkhead)
     * @param allowList targets exempt from the address and port rules of webhook URLs: {@code host}
     *     (any port) or {@code host:port} ({@code [::1]:8080} for IPv6), matched against the host as
     *     written in the URL, e.g. a demo receiver on {@code 127.0.0.1:9999}; empty by default
     * @param directoryRefresh how long the list of registered webhooks that every event batch is
     *     matched against is kept in memory before it is read again (a registration or removal on
     *     this instance reads it again at once); zero reads it for every batch
     */
    public record Webhook(
            @NotNull Duration connectTimeout,
            @NotNull Duration readTimeout,
            @Min(1) int failureRateThreshold,
            @Min(1) int minimumCalls,
            @NotNull Duration openWait,
            @Min(1) int maxConcurrentCalls,
            List<@NotBlank String> allowList,
            @NotNull Duration directoryRefresh) {

        public Webhook {
            allowList = allowList == null ? List.of() : List.copyOf(allowList);
        }
    }

    /**
     * @param hour the local hour (Asia/Ho_Chi_Minh) from which followers hear that a fair opens tomorrow
     * @param checkInterval how often fairs and flash deals are checked for reminders due
     */
    public record Reminders(@Min(0) int hour, @NotNull Duration checkInterval) {}
}
