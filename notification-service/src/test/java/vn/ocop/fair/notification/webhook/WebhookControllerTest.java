package vn.ocop.fair.notification.webhook;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.ocop.fair.notification.notification.Notifications;

/**
 * The webhook controller alone (no store, no resolver): what it refuses before anything is stored,
 * who may register, and which problem each refusal becomes.
 */
@WebMvcTest(WebhookController.class)
@Import(WebhookControllerTest.Slice.class)
class WebhookControllerTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    Webhooks webhooks;

    @MockitoBean
    Notifications notifications;

    @MockitoBean
    WebhookTargets targets;

    @Test
    void refusesAnEventTypeThatDoesNotExistListingTheKnownOnes() throws Exception {
        when(targets.check(anyString())).thenReturn(java.net.URI.create("https://hooks.example.vn/a"));

        http.perform(register("{\"url\":\"https://hooks.example.vn/a\",\"eventTypes\":[\"OrderShipped\"]}")
                        .with(caller("ORGANISER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ocop-fair.vn/problems/invalid-webhook"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("OrderPaid")));
        verifyNoInteractions(webhooks);
    }

    @Test
    void refusesAWebhookWithoutEventTypesNamingTheField() throws Exception {
        http.perform(register("{\"url\":\"https://hooks.example.vn/a\",\"eventTypes\":[]}")
                        .with(caller("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        verifyNoInteractions(targets, webhooks);
    }

    @Test
    void answersATargetItMustNotCallWith422() throws Exception {
        when(targets.check(anyString())).thenThrow(new WebhookTargetNotAllowed("address not allowed: 127.0.0.1"));

        http.perform(register("{\"url\":\"http://127.0.0.1/\",\"eventTypes\":[\"*\"]}")
                        .with(caller("OPERATOR")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://ocop-fair.vn/problems/webhook-target-not-allowed"));
        verifyNoInteractions(webhooks);
    }

    @Test
    void letsOnlyOrganisersAndOperatorsRegister() throws Exception {
        String body = "{\"url\":\"https://hooks.example.vn/a\",\"eventTypes\":[\"*\"]}";

        http.perform(register(body)).andExpect(status().isUnauthorized());
        http.perform(register(body).with(caller("CUSTOMER"))).andExpect(status().isForbidden());
        http.perform(register(body).with(caller("PRODUCER"))).andExpect(status().isForbidden());
        verifyNoInteractions(targets, webhooks);
    }

    @Test
    void answersRemovingSomeoneElsesWebhookAsNotFound() throws Exception {
        when(webhooks.remove(any(), any())).thenReturn(false);

        http.perform(delete("/api/notifications/webhooks/w-1").with(caller("ORGANISER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://ocop-fair.vn/problems/webhook-not-found"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder register(String body) {
        return post("/api/notifications/webhooks")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static JwtRequestPostProcessor caller(String role) {
        return jwt().jwt(token -> token.subject("u-" + role).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /** The service's own filter chain (package-private in config), and a clock. */
    @TestConfiguration
    @ComponentScan(
            basePackages = "vn.ocop.fair.notification.config",
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.SecurityConfig"))
    static class Slice {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        }
    }
}
