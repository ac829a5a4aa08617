package vn.ocop.fair.support.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The face of a service's OpenAPI document ({@code ocop.api-docs.*}).
 *
 * @param title what Swagger UI shows as the API's name
 * @param description one paragraph on what the API is for
 * @param version the API's version
 * @param serverUrl where clients call it: the gateway, never the service's own port
 */
@ConfigurationProperties("ocop.api-docs")
public record ApiDocsProperties(
        @DefaultValue("OCOP Fair API") String title,
        @DefaultValue("") String description,
        @DefaultValue("1") String version,
        @DefaultValue("http://localhost:8080") String serverUrl) {}
