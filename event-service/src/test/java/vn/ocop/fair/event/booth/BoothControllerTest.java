package vn.ocop.fair.event.booth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
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

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.event.config.SliceSecurity;
import vn.ocop.fair.event.fair.FairRefusals;

/**
 * The booth controller alone (no store): what it refuses before the layout is asked, who may change
 * booths, and which problem each refusal becomes.
 */
@WebMvcTest(BoothController.class)
@Import(SliceSecurity.class)
class BoothControllerTest {

    private static final String BOOTH = """
            {"code":"A-01","zone":"Khu A — Thủ công mỹ nghệ","type":"CORNER","sizeM2":9,
             "priceVnd":2500000,"gridX":0,"gridY":1}""";

    @Autowired
    MockMvc http;

    @MockitoBean
    BoothLayout layout;

    @MockitoBean
    FloorPlan floorPlan;

    @MockitoBean
    FairTermsLookup fairs;

    @Test
    void refusesABoothWithAFreeTextCodeAndNoTypeNamingEachField() throws Exception {
        organiserAdds(BOOTH.replace("A-01", "gian a1").replace("\"CORNER\"", "null"))
                .andExpect(invalidFields("code", "type"))
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem("like A-01: capitals, digits, dashes")));
        verifyNoInteractions(layout);
    }

    @Test
    void refusesAPriceOverABillionAndAPlaceOffTheGrid() throws Exception {
        organiserAdds(BOOTH.replace("2500000", "1000000001").replace("\"gridX\":0", "\"gridX\":-1"))
                .andExpect(invalidFields("priceVnd", "gridX"));
        http.perform(json(
                                post("/api/fairs/f-1/booths/grid"),
                                "{\"zone\":\"Khu B\",\"row\":\"AB\",\"to\":1000,\"type\":\"STANDARD\","
                                        + "\"sizeM2\":6,\"priceVnd\":0}")
                        .with(caller("ORGANISER")))
                .andExpect(invalidFields("row", "to"));
        verifyNoInteractions(layout);
    }

    @Test
    void answersABoothTypeThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        organiserAdds(BOOTH.replace("CORNER", "KIOSK")).andExpect(unreadable("STANDARD, CORNER, PREMIUM"));
        http.perform(json(patch("/api/fairs/f-1/booths/A-01"), "{\"blocked\":").with(caller("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("unreadable-request"));
        verifyNoInteractions(layout);
    }

    @Test
    void refusesAFloorPlanMomentThatIsNoInstant() throws Exception {
        http.perform(get("/api/fairs/f-1/booths").param("at", "tomorrow"))
                .andExpect(invalidFields("at"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("2026-05-21T01:00:00Z")));
        verifyNoInteractions(fairs, floorPlan);
    }

    @Test
    void forbidsCustomersAndProducersFromChangingTheLayout() throws Exception {
        http.perform(json(post("/api/fairs/f-1/booths"), BOOTH)).andExpect(status().isUnauthorized());
        for (String role : List.of("CUSTOMER", "PRODUCER")) {
            http.perform(json(post("/api/fairs/f-1/booths"), BOOTH).with(caller(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(problemJson());
            http.perform(json(patch("/api/fairs/f-1/booths/A-01"), "{\"blocked\":true}")
                            .with(caller(role)))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(layout);
    }

    @Test
    void answersATakenCodeWith409AndAnUnknownBoothWith404() throws Exception {
        when(layout.add(eq("f-1"), any(), eq("A-01"), anyInt(), anyInt()))
                .thenThrow(new BoothRefusals.BoothCodeTaken("f-1", "A-01"));
        when(layout.change("f-1", "Z-99", true, null)).thenThrow(new BoothRefusals.BoothNotFound("f-1", "Z-99"));

        organiserAdds(BOOTH).andExpect(status().isConflict()).andExpect(problem("booth-code-taken"));
        http.perform(json(patch("/api/fairs/f-1/booths/Z-99"), "{\"blocked\":true}")
                        .with(caller("ORGANISER")))
                .andExpect(status().isNotFound())
                .andExpect(problemType("booth-not-found"));
    }

    @Test
    void hidesADraftFairsFloorPlanFromAnyoneButOrganisers() throws Exception {
        when(fairs.requireVisible("f-draft", false)).thenThrow(new FairRefusals.FairNotFound("f-draft"));

        http.perform(get("/api/fairs/f-draft/booths"))
                .andExpect(status().isNotFound())
                .andExpect(problemJson());
        http.perform(get("/api/fairs/f-draft/booths").with(caller("PRODUCER"))).andExpect(status().isNotFound());
        verifyNoInteractions(floorPlan);
    }

    @Test
    void addsABoothAndAnswersItWhereItLives() throws Exception {
        when(layout.add(eq("f-1"), any(), eq("A-01"), eq(0), eq(1)))
                .thenReturn(new Booth(
                        "f-1", "A-01", "Khu A — Thủ công mỹ nghệ", BoothType.CORNER, 9, 2500000, 0, 1, false));

        organiserAdds(BOOTH)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/fairs/f-1/booths/A-01"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("A-01"))
                .andExpect(jsonPath("$.type").value("CORNER"))
                .andExpect(jsonPath("$.sizeM2").value(9.0))
                .andExpect(jsonPath("$.priceVnd").value(2500000))
                .andExpect(jsonPath("$.gridY").value(1))
                .andExpect(jsonPath("$.blocked").value(false));
    }

    /** An organiser adds {@code booth} to fair f-1. */
    private ResultActions organiserAdds(String booth) throws Exception {
        return http.perform(json(post("/api/fairs/f-1/booths"), booth).with(caller("ORGANISER")));
    }
}
