package vn.ocop.fair.event.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.event.config.SliceExpectations.invalidFields;
import static vn.ocop.fair.event.config.SliceExpectations.unreadable;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;
import static vn.ocop.fair.testsupport.SliceRequests.producer;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.ocop.fair.event.config.SliceSecurity;
import vn.ocop.fair.support.security.Caller;

/**
 * The exhibitor application controller alone (no store, no broker): what it refuses before
 * applications are asked, who may apply and decide, and which problem each refusal becomes.
 */
@WebMvcTest(ApplicationController.class)
@Import(SliceSecurity.class)
class ApplicationControllerTest {

    private static final String APPLY = "{\"productIds\":[\"p-lua\"],\"boothPreferences\":[\"A-01\"]}";

    @Autowired
    MockMvc http;

    @MockitoBean
    ExhibitorApplications applications;

    @Test
    void refusesAnApplicationWithoutProductsNamingTheField() throws Exception {
        http.perform(json(post("/api/fairs/f-1/applications"), "{\"productIds\":[]}")
                        .with(producer()))
                .andExpect(invalidFields("productIds"));
        verifyNoInteractions(applications);
    }

    @Test
    void refusesABlankProductAndMoreThanTwentyBoothPreferences() throws Exception {
        String booths = String.join(",", Collections.nCopies(21, "\"A-01\""));
        http.perform(json(
                                post("/api/fairs/f-1/applications"),
                                "{\"productIds\":[\"p-lua\",\" \"],\"boothPreferences\":[" + booths + "]}")
                        .with(producer()))
                .andExpect(invalidFields("productIds[1]", "boothPreferences"));
        verifyNoInteractions(applications);
    }

    @Test
    void answersADecisionThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        http.perform(json(post("/api/fairs/f-1/applications/a-1/decision"), "{\"decision\":\"MAYBE\"}")
                        .with(caller("ORGANISER")))
                .andExpect(unreadable("APPROVED, REJECTED, WAITLISTED"));
        http.perform(json(post("/api/fairs/f-1/applications/a-1/decision"), "{}")
                        .with(caller("ORGANISER")))
                .andExpect(invalidFields("decision"));
        verifyNoInteractions(applications);
    }

    @Test
    void refusesAStatusThatDoesNotExistAndAPageTooLarge() throws Exception {
        http.perform(get("/api/fairs/f-1/applications").param("status", "LOST").with(caller("ORGANISER")))
                .andExpect(invalidFields("status"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("WAITLISTED")));
        http.perform(get("/api/fairs/f-1/applications").param("size", "101").with(caller("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(problemJson());
        verifyNoInteractions(applications);
    }

    @Test
    void letsOnlyProducersAndOrganisersApplyAndOnlyOrganisersDecide() throws Exception {
        http.perform(json(post("/api/fairs/f-1/applications"), APPLY)).andExpect(status().isUnauthorized());
        http.perform(json(post("/api/fairs/f-1/applications"), APPLY).with(caller("CUSTOMER")))
                .andExpect(status().isForbidden())
                .andExpect(problemJson());
        http.perform(get("/api/fairs/f-1/applications").with(caller("CUSTOMER")))
                .andExpect(status().isForbidden());
        http.perform(json(post("/api/fairs/f-1/applications/a-1/decision"), "{\"decision\":\"APPROVED\"}")
                        .with(producer()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(applications);
    }

    @Test
    void answersApplyingForAnotherProducerWith403AndFailedRulesWith422() throws Exception {
        when(applications.apply(eq("f-1"), any(), eq("htx-khac"), anyList(), anyList()))
                .thenThrow(new ApplicationRefusals.NotYourProducer(
                        new Caller("u-PRODUCER", java.util.Set.of("PRODUCER"), "htx-lua-van-phuc"), "htx-khac"));
        when(applications.apply(eq("f-1"), any(), isNull(), anyList(), anyList()))
                .thenThrow(new ApplicationRefusals.NotEligible(
                        List.of(new Eligibility.Failure("p-lua", "minimum-stars", "p-lua has 2 stars, 3 needed"))));

        http.perform(json(post("/api/fairs/f-1/applications"), APPLY.replace("{", "{\"producerId\":\"htx-khac\","))
                        .with(producer()))
                .andExpect(status().isForbidden())
                .andExpect(problemType("not-your-producer"));
        http.perform(json(post("/api/fairs/f-1/applications"), APPLY).with(producer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem("not-eligible"))
                .andExpect(jsonPath("$.failures[0].rule").value("minimum-stars"));
    }

    @Test
    void acceptsAnApplicationAndAnswersItWhereItLives() throws Exception {
        when(applications.apply(eq("f-1"), any(), isNull(), eq(List.of("p-lua")), eq(List.of("A-01"))))
                .thenReturn(new ExhibitorApplication(
                        "a-1",
                        "f-1",
                        "htx-lua-van-phuc",
                        List.of("p-lua"),
                        List.of("A-01"),
                        ApplicationStatus.PENDING,
                        null,
                        null,
                        "u-PRODUCER",
                        Instant.parse("2026-12-03T09:00:00Z"),
                        null,
                        1));

        http.perform(json(post("/api/fairs/f-1/applications"), APPLY).with(producer()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/fairs/f-1/applications/a-1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("a-1"))
                .andExpect(jsonPath("$.producerId").value("htx-lua-van-phuc"))
                .andExpect(jsonPath("$.productIds", Matchers.contains("p-lua")))
                .andExpect(jsonPath("$.boothPreferences", Matchers.contains("A-01")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.appliedBy").value("u-PRODUCER"))
                .andExpect(jsonPath("$.version").doesNotExist());
    }
}
