package vn.ocop.fair.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything event-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 * @param booths booths, exhibitor applications and their events
 */
@Validated
@ConfigurationProperties("ocop.event")
public record EventProperties(
        @NotBlank String database, @NotNull @Valid Booths booths) {

    /**
     * @param relayPollInterval how often the relays of the booth and application events look for
     *     events a crash or outage left behind
     * @param ackTimeout how long to wait for the broker's acknowledgement of one event
     * @param metricsRefresh how often the booth, application and waitlist gauges are recounted
     * @param maxGridSize the most booths one grid request may create
     * @param assignmentAttempts how often a booth assignment is tried again when another change to
     *     the fair's assignments won the race
     */
    public record Booths(
            @NotNull Duration relayPollInterval,
            @NotNull Duration ackTimeout,
            @NotNull Duration metricsRefresh,
            @Min(1) @Max(5_000) int maxGridSize,
            @Min(1) @Max(1_000) int assignmentAttempts) {}
}
