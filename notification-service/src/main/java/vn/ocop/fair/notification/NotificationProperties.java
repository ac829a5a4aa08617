package vn.ocop.fair.notification;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything notification-service is configured with, validated at start-up.
 *
 * @param database the MongoDB database the service owns
 */
@Validated
@ConfigurationProperties("ocop.notification")
public record NotificationProperties(@NotBlank String database) {}
