package vn.ocop.fair.notification.preference;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.SliceRequests.customer;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.notification.config.SliceSecurity;

/** The preference controller alone: what it refuses before anything is stored, and as which problem. */
@WebMvcTest(PreferenceController.class)
@Import(SliceSecurity.class)
class PreferenceControllerTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    Preferences preferences;

    @Test
    void refusesALanguageItDoesNotSpeakAndQuietHoursThatAreNoTime() throws Exception {
        change("{\"language\":\"fr\",\"channels\":[\"EMAIL\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(problemJson())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        change("{\"language\":\"vi\",\"channels\":[\"EMAIL\"],\"quietHours\":{\"from\":\"25:00\",\"to\":\"07:00\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quietHours.from"));
        verifyNoInteractions(preferences);
    }

    @Test
    void refusesAnUnknownChannelListingTheKnownOnes() throws Exception {
        change("{\"language\":\"vi\",\"channels\":[\"SMS\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("EMAIL")));
        verifyNoInteractions(preferences);
    }

    @Test
    void refusesWebhooksAsAPersonalChannel() throws Exception {
        change("{\"language\":\"en\",\"channels\":[\"WEBHOOK\"]}")
                .andExpect(status().is4xxClientError())
                .andExpect(problemJson());
        verifyNoInteractions(preferences);
    }

    @Test
    void wantsASignedInCaller() throws Exception {
        http.perform(json(put("/api/notifications/preferences"), "{\"language\":\"vi\",\"channels\":[\"EMAIL\"]}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(preferences);
    }

    private ResultActions change(String body) throws Exception {
        return http.perform(json(put("/api/notifications/preferences"), body).with(customer()));
    }
}
