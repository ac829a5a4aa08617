package vn.ocop.fair.catalog.producer.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.catalog.config.SliceSecurity;
import vn.ocop.fair.catalog.producer.Producers;
import vn.ocop.fair.testsupport.SliceClock;

/**
 * The producer controller alone (no store): what it refuses before a producer is stored, who may
 * register producers, and which problem each refusal becomes.
 */
@WebMvcTest(ProducerController.class)
@Import({SliceSecurity.class, SliceClock.class})
class ProducerControllerTest {

    private static final String PRODUCER = """
            {"name":" HTX Lụa Vạn Phúc ","type":"COOPERATIVE","commune":"Phường Hà Đông",
             "province":"Hà Nội","legacyDistrict":"Hà Đông","craftVillage":"Làng lụa Vạn Phúc",
             "phone":"0243 382 1234","email":"htx@vanphuc.vn"}""";

    @Autowired
    MockMvc http;

    @MockitoBean
    Producers producers;

    @Test
    void refusesAnInvalidProducerBeforeStoringIt() throws Exception {
        registerAsOrganiser("{\"name\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(problemJson())
                .andExpect(content().string(Matchers.not(Matchers.containsString("vn.ocop"))));
        registerAsOrganiser(PRODUCER.replace("htx@vanphuc.vn", "htx")).andExpect(status().isBadRequest());
        verifyNoInteractions(producers);
    }

    @Test
    void refusesAProducerWithoutNameTypeOrPlaceNamingEachField() throws Exception {
        registerAsOrganiser("{\"name\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("name", "type", "commune", "province")));
        verifyNoInteractions(producers);
    }

    @Test
    void refusesAPhoneAndAnEmailThatAreNoneNamingEachField() throws Exception {
        registerAsOrganiser(PRODUCER.replace("0243 382 1234", "gọi em").replace("htx@vanphuc.vn", "htx at vanphuc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("phone", "email")));
        verifyNoInteractions(producers);
    }

    @Test
    void answersAProducerTypeThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        registerAsOrganiser(PRODUCER.replace("COOPERATIVE", "COMPANY"))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("unreadable-request"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("COOPERATIVE, ENTERPRISE, HOUSEHOLD")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("vn.ocop"))));
        verifyNoInteractions(producers);
    }

    @Test
    void refusesAnIdThatIsNoSlugAndPagingOutOfRange() throws Exception {
        http.perform(json(put("/api/catalog/producers/HTX_Lua"), PRODUCER).with(caller("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(problemJson());
        http.perform(get("/api/catalog/producers").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(problemJson());
        http.perform(get("/api/catalog/producers").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        verifyNoInteractions(producers);
    }

    @Test
    void letsOnlyOrganisersRegisterProducers() throws Exception {
        http.perform(json(put("/api/catalog/producers/htx-lua-van-phuc"), PRODUCER))
                .andExpect(status().isUnauthorized());
        for (String role : List.of("CUSTOMER", "PRODUCER", "OPERATOR")) {
            http.perform(json(put("/api/catalog/producers/htx-lua-van-phuc"), PRODUCER)
                            .with(caller(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(problemJson());
        }
        verifyNoInteractions(producers);
    }

    @Test
    void answersAnUnknownProducerWith404() throws Exception {
        when(producers.find("htx-khong-co")).thenReturn(Optional.empty());

        http.perform(get("/api/catalog/producers/htx-khong-co"))
                .andExpect(status().isNotFound())
                .andExpect(problem("producer-not-found"))
                .andExpect(jsonPath("$.detail").value("No producer htx-khong-co"));
    }

    @Test
    void registersANewProducerAs201AndAnswersAReplacementWith200() throws Exception {
        when(producers.put(any())).thenReturn(true, false);

        registerAsOrganiser(PRODUCER)
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("htx-lua-van-phuc"))
                .andExpect(jsonPath("$.name").value("HTX Lụa Vạn Phúc"))
                .andExpect(jsonPath("$.type").value("COOPERATIVE"))
                .andExpect(jsonPath("$.craftVillage").value("Làng lụa Vạn Phúc"))
                .andExpect(jsonPath("$.updatedAt").value("2026-12-03T09:00:00Z"));
        registerAsOrganiser(PRODUCER).andExpect(status().isOk());
        verify(producers, org.mockito.Mockito.times(2)).put(any());
    }

    private ResultActions registerAsOrganiser(String body) throws Exception {
        return http.perform(
                json(put("/api/catalog/producers/htx-lua-van-phuc"), body).with(caller("ORGANISER")));
    }
}
