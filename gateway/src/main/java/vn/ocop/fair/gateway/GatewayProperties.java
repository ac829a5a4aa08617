package vn.ocop.fair.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the gateway is configured with, validated at start-up.
 *
 * @param services where each service behind the gateway listens
 */
@Validated
@ConfigurationProperties("ocop.gateway")
public record GatewayProperties(@NotNull @Valid Services services) {

    /**
     * @param catalog catalog-service's base URI
     * @param order order-service's base URI
     * @param event event-service's base URI
     * @param notification notification-service's base URI
     */
    public record Services(
            @NotNull URI catalog,
            @NotNull URI order,
            @NotNull URI event,
            @NotNull URI notification) {}
}
