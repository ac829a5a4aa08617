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
 * @param fairs the fair lifecycle scheduler and the fairs-by-status metric
 * @param booths booths, exhibitor applications and their events
 */
@Validated
@ConfigurationProperties("ocop.event")
public record EventProperties(
        @NotBlank String database,
        @NotNull @Valid Fairs fairs,
        @NotNull @Valid Booths booths) {

    /**
     * @param schedulerInterval how often the scheduler opens and closes fairs whose time has come
     * @param metricsRefresh how often the fairs-by-status gauge recounts
     */
    public record Fairs(
            @NotNull Duration schedulerInterval, @NotNull Duration metricsRefresh) {}

    /**
     * @param metricsRefresh how often the booth, application and waitlist gauges are recounted
     * @param maxGridSize the most booths one grid request may create
     * @param assignmentAttempts how often a booth assignment is tried again when another change to
     *     the fair's assignments won the race
     */
    public record Booths(
            @NotNull Duration metricsRefresh,
            @Min(1) @Max(5_000) int maxGridSize,
            @Min(1) @Max(1_000) int assignmentAttempts) {}
}
