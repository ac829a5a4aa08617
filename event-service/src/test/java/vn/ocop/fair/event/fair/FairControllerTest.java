package vn.ocop.fair.event.fair;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.event.config.SliceExpectations.invalidFields;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.event.config.SliceSecurity;

/**
 * The fair controller alone (no store, no broker): what it refuses before planning is asked, who
 * may call what, and which problem each refusal becomes.
 */
@WebMvcTest(FairController.class)
@Import(SliceSecurity.class)
class FairControllerTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    FairPlanning planning;

    @MockitoBean
    FairCalendar calendar;

    @Test
    void refusesAFairWithoutANameOrWithAFreeTextOrganiser() throws Exception {
        organiserDrafts("{\"kind\":\"TRADE_WEEK\",\"organiserId\":\"Sở Nông nghiệp Hà Nội\"}")
                .andExpect(invalidFields("name", "organiserId"));
        verifyNoInteractions(planning);
    }

    @Test
    void refusesEntryRulesOutsideTheOcopRules() throws Exception {
        organiserDrafts("{\"name\":\"Tuần hàng OCOP\",\"kind\":\"TRADE_WEEK\","
                        + "\"entryRules\":{\"minimumStars\":2,\"boothsPerProducer\":0}}")
                .andExpect(invalidFields("entryRules.minimumStars", "entryRules.boothsPerProducer"));
        verifyNoInteractions(planning);
    }

    @Test
    void letsOnlyOrganisersDraftFairs() throws Exception {
        String body = "{\"name\":\"Tuần hàng OCOP\",\"kind\":\"TRADE_WEEK\"}";

        http.perform(json(post("/api/fairs"), body)).andExpect(status().isUnauthorized());
        for (String role : List.of("CUSTOMER", "PRODUCER")) {
            http.perform(json(post("/api/fairs"), body).with(caller(role))).andExpect(status().isForbidden());
        }
        verifyNoInteractions(planning);
    }

    @Test
    void answersAStatusThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        http.perform(get("/api/fairs").param("status", "SOLD_OUT"))
                .andExpect(invalidFields("status"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("PUBLISHED")));
        verifyNoInteractions(planning);
    }

    @Test
    void refusesAPageTooLarge() throws Exception {
        http.perform(get("/api/fairs").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(problemJson());
        verifyNoInteractions(planning);
    }

    @Test
    void answersAnUnknownFairWith404() throws Exception {
        when(planning.find(eq("nowhere"), any())).thenThrow(new FairRefusals.FairNotFound("nowhere"));

        http.perform(get("/api/fairs/nowhere")).andExpect(status().isNotFound()).andExpect(problemJson());
    }

    /** An organiser drafts {@code fair}. */
    private ResultActions organiserDrafts(String fair) throws Exception {
        return http.perform(json(post("/api/fairs"), fair).with(caller("ORGANISER")));
    }
}
