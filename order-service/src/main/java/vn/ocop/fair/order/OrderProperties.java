package vn.ocop.fair.order;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything order-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 */
@Validated
@ConfigurationProperties("ocop.order")
public record OrderProperties(@NotBlank String database) {}
