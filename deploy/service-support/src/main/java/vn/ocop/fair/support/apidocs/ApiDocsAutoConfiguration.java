package vn.ocop.fair.support.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A service's OpenAPI document with a real title, the gateway as its server (so "Try it out" in
 * Swagger UI goes through the gateway, not to the service's internal port), the bearer-token
 * scheme, and the answers every operation can give ({@link ProblemResponses}).
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi(ApiDocsProperties properties) {
        return new OpenAPI()
                .info(new Info()
                        .title(properties.title())
                        .description(properties.description())
                        .version(properties.version()))
                .servers(List.of(new Server().url(properties.serverUrl()).description("the gateway")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A token of the issuer the gateway trusts: POST /auth/token"
                                                + " locally, the identity provider elsewhere")))
                // {} first: browsing needs no token; the rest needs the bearer scheme
                .security(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
