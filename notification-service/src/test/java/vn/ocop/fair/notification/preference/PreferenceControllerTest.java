package vn.ocop.fair.notification.preference;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The preference controller alone: what it refuses before anything is stored, and as which problem. */
@WebMvcTest(PreferenceController.class)
@Import(PreferenceControllerTest.Slice.class)
class PreferenceControllerTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    Preferences preferences;

    @Test
    void refusesALanguageItDoesNotSpeakAndQuietHoursThatAreNoTime() throws Exception {
        change("{\"language\":\"fr\",\"channels\":[\"EMAIL\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
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
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(preferences);
    }

    @Test
    void wantsASignedInCaller() throws Exception {
        http.perform(put("/api/notifications/preferences")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"vi\",\"channels\":[\"EMAIL\"]}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(preferences);
    }

    private ResultActions change(String body) throws Exception {
        return http.perform(put("/api/notifications/preferences")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(jwt().jwt(token -> token.subject("khach-1").claim("roles", List.of("CUSTOMER")))
                        .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));
    }

    /** The service's own filter chain (package-private in config). */
    @ComponentScan(
            basePackages = "vn.ocop.fair.notification.config",
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.SecurityConfig"))
    static class Slice {}
}
