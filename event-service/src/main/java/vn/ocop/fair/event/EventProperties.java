package vn.ocop.fair.event;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything event-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 */
@Validated
@ConfigurationProperties("ocop.event")
public record EventProperties(@NotBlank String database) {}
