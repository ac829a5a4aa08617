package vn.ocop.fair.event.promotion;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.event.config.SliceExpectations.invalidFields;
import static vn.ocop.fair.event.config.SliceExpectations.unreadable;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.event.config.SliceSecurity;
import vn.ocop.fair.event.fair.events.Promotion;

/**
 * The promotion controller alone (no store, no broker): what it refuses before promotions are
 * asked, who may announce and withdraw, which problem each refusal becomes, and who sees a
 * voucher's code.
 */
@WebMvcTest(PromotionController.class)
@Import(SliceSecurity.class)
class PromotionControllerTest {

    private static final String VOUCHER = """
            {"name":"Tết 2026","kind":"VOUCHER","percentOff":10,
             "voucher":{"code":"TET2026","totalUses":100,"usesPerCustomer":1}}""";

    @Autowired
    MockMvc http;

    @MockitoBean
    FairPromotions promotions;

    @Test
    void refusesAPromotionWithoutNameOrKindNamingEachField() throws Exception {
        organiserAnnounces("{\"name\":\" \"}").andExpect(invalidFields("name", "kind"));
        verifyNoInteractions(promotions);
    }

    @Test
    void refusesAVoucherWithoutACodeNamingTheNestedField() throws Exception {
        organiserAnnounces(VOUCHER.replace("\"code\":\"TET2026\",", "")).andExpect(invalidFields("voucher.code"));
        verifyNoInteractions(promotions);
    }

    @Test
    void answersAKindThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        organiserAnnounces(VOUCHER.replace("\"VOUCHER\"", "\"BOGO\""))
                .andExpect(unreadable("PERCENTAGE, FIXED_AMOUNT, VOUCHER"));
        verifyNoInteractions(promotions);
    }

    @Test
    void refusesAWithdrawalWithoutAReasonAndPagingOutOfRange() throws Exception {
        withdrawal("pr-1", "", "ORGANISER").andExpect(invalidFields("reason"));
        http.perform(get("/api/fairs/f-1/promotions").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("invalid-request"))
                .andExpect(jsonPath("$.detail").value("size must be between 1 and 100"));
        http.perform(get("/api/fairs/f-1/promotions").param("page", "first")).andExpect(invalidFields("page"));
        verifyNoInteractions(promotions);
    }

    @Test
    void letsOnlyOrganisersAnnounceAndWithdraw() throws Exception {
        http.perform(json(post("/api/fairs/f-1/promotions"), VOUCHER)).andExpect(status().isUnauthorized());
        for (String role : List.of("CUSTOMER", "PRODUCER", "OPERATOR")) {
            http.perform(json(post("/api/fairs/f-1/promotions"), VOUCHER).with(caller(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(problemJson());
            withdrawal("pr-1", "lỗi giá", role).andExpect(status().isForbidden());
        }
        verifyNoInteractions(promotions);
    }

    @Test
    void answersATakenVoucherCodeWith409AndAnUnknownPromotionWith404() throws Exception {
        when(promotions.announce(eq("f-1"), any())).thenThrow(new PromotionRefusals.VoucherCodeTaken("TET2026"));
        when(promotions.withdraw("f-1", "pr-9", "lỗi giá"))
                .thenThrow(new PromotionRefusals.PromotionNotFound("f-1", "pr-9"));

        organiserAnnounces(VOUCHER).andExpect(status().isConflict()).andExpect(problemType("voucher-code-taken"));
        withdrawal("pr-9", "lỗi giá", "ORGANISER")
                .andExpect(status().isNotFound())
                .andExpect(problem("promotion-not-found"));
    }

    @Test
    void listsAVoucherFlatWithItsStatusButItsCodeOnlyToOrganisers() throws Exception {
        when(promotions.of(eq("f-1"), any())).thenReturn(List.of(voucher()));

        http.perform(get("/api/fairs/f-1/promotions"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("pr-1"))
                .andExpect(jsonPath("$.items[0].name").value("Tết 2026"))
                .andExpect(jsonPath("$.items[0].kind").value("VOUCHER"))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.items[0].voucher.totalUses").value(100))
                .andExpect(jsonPath("$.items[0].voucher.code").doesNotExist())
                .andExpect(jsonPath("$.items[0].promotion").doesNotExist());
        http.perform(get("/api/fairs/f-1/promotions").with(caller("ORGANISER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].voucher.code").value("TET2026"));
    }

    private static Promotions.Stored voucher() {
        return new Promotions.Stored(
                new Promotion(
                        "pr-1",
                        1,
                        "Tết 2026",
                        "VOUCHER",
                        new Promotion.Scope("FAIR", List.of()),
                        10,
                        null,
                        Instant.parse("2026-12-10T01:00:00Z"),
                        Instant.parse("2026-12-14T15:00:00Z"),
                        new Promotion.Voucher("TET2026", 100, 1, 0, false),
                        null),
                PromotionStatus.ACTIVE,
                null);
    }

    /** An organiser announces {@code promotion} at fair f-1. */
    private ResultActions organiserAnnounces(String promotion) throws Exception {
        return http.perform(json(post("/api/fairs/f-1/promotions"), promotion).with(caller("ORGANISER")));
    }

    /** A caller with {@code role} withdraws a promotion of fair f-1 for {@code reason}. */
    private ResultActions withdrawal(String promotionId, String reason, String role) throws Exception {
        return http.perform(json(
                        post("/api/fairs/f-1/promotions/" + promotionId + "/withdrawal"),
                        "{\"reason\":\"" + reason + "\"}")
                .with(caller(role)));
    }
}
