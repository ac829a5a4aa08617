package vn.ocop.fair.notification.webhook;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ocop.fair.notification.config.SliceSecurity;
import vn.ocop.fair.notification.notification.Notifications;
import vn.ocop.fair.testsupport.SliceClock;

/**
 * The webhook controller alone (no store, no resolver): what it refuses before anything is stored,
 * who may register, and which problem each refusal becomes.
 */
@WebMvcTest(WebhookController.class)
@Import({SliceSecurity.class, SliceClock.class})
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
                .andExpect(problem("invalid-webhook"))
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
                .andExpect(problemType("webhook-target-not-allowed"));
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
                .andExpect(problemType("webhook-not-found"));
    }

    private static MockHttpServletRequestBuilder register(String body) {
        return json(post("/api/notifications/webhooks"), body);
    }
}
