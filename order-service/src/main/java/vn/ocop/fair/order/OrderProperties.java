package vn.ocop.fair.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything order-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 * @param ordering the rules of placing orders and the saga's time-outs
 */
@Validated
@ConfigurationProperties("ocop.order")
public record OrderProperties(
        @NotBlank String database, @NotNull @Valid Ordering ordering) {

    /**
     * @param maxQuantityPerLine the most units of one product an order may ask for
     * @param maxLines the most lines one order may have
     * @param preOrderWindow a published fair takes pickup orders this long before it opens
     * @param paymentDueAfter a confirmed order unpaid this long expires (bank transfer; cash on pickup
     *     is due when the fair closes)
     * @param pendingTimeout a PENDING order this old gets its OrderPlaced published again
     * @param maxPlaceAttempts after this many publications of OrderPlaced a PENDING order is rejected
     * @param sweepInterval how often the sweeper expires unpaid orders and reconciles pending ones
     * @param idempotencyWait how long a repeated request waits for the first one's order
     */
    public record Ordering(
            @Min(1) @Max(10_000) int maxQuantityPerLine,
            @Min(1) @Max(500) int maxLines,
            @NotNull Duration preOrderWindow,
            @NotNull Duration paymentDueAfter,
            @NotNull Duration pendingTimeout,
            @Min(1) @Max(100) int maxPlaceAttempts,
            @NotNull Duration sweepInterval,
            @NotNull Duration idempotencyWait) {}
}
