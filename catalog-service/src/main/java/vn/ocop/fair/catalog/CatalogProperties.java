package vn.ocop.fair.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything catalog-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 * @param demoData import the demo catalogue at start-up (the local profile does); idempotent
 * @param importing limits of the CSV import
 * @param certificateWatch when the certificate watch runs
 * @param stock stock keeping and the reservation saga
 */
@Validated
@ConfigurationProperties("ocop.catalog")
public record CatalogProperties(
        @NotBlank String database,
        boolean demoData,
        @NotNull @Valid Importing importing,
        @NotNull @Valid CertificateWatch certificateWatch,
        @NotNull @Valid Stock stock) {

    /**
     * @param maxSize the largest CSV file accepted (413 above it)
     * @param maxRows the most product rows one file may hold (413 above it)
     */
    public record Importing(
            @NotNull DataSize maxSize,
            @Min(1) @Max(1_000_000) int maxRows) {}

    /** @param cron when the daily sweep runs, Spring cron in Hanoi time; {@code -} turns it off */
    public record CertificateWatch(@NotBlank String cron) {

        public static final String DISABLED = "-";

        @AssertTrue(message = "must be a Spring cron expression or -")
        public boolean isCronValid() {
            return cron == null || DISABLED.equals(cron) || CronExpression.isValidExpression(cron);
        }
    }

    /**
     * @param defaultLowThreshold the low-stock threshold of a product whose producer set none
     * @param recoverAfter a reservation step still in progress after this long was abandoned (a
     *     crash); the sweeper finishes or compensates it
     * @param sweepInterval how often the sweeper looks for abandoned reservation steps
     * @param stragglerWatch how long after taking a reservation over the sweeper keeps putting back
     *     units the worker presumed dead may still hold for the order
     */
    public record Stock(
            @Min(0) int defaultLowThreshold,
            @NotNull Duration recoverAfter,
            @NotNull Duration sweepInterval,
            @NotNull Duration stragglerWatch) {}
}
