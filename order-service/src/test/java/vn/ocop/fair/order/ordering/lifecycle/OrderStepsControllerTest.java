package vn.ocop.fair.order.ordering.lifecycle;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.ocop.fair.order.config.SliceSecurity;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.ordering.OrderStateConflict;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.PendingPickups;

/**
 * Cancelling, paying and fulfilling an order over HTTP, the controller alone (no store, no
 * broker): what it refuses before the lifecycle is asked, who may take which step, and which
 * problem each refusal becomes.
 */
@WebMvcTest(OrderStepsController.class)
@Import(SliceSecurity.class)
class OrderStepsControllerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Autowired
    MockMvc http;

    @MockitoBean
    OrderLifecycle lifecycle;

    @Test
    void refusesAnOverlongCancellationReasonNamingTheLimit() throws Exception {
        http.perform(json(post("/api/orders/o-1/cancellation"), "{\"reason\":\"" + "x".repeat(501) + "\"}")
                        .with(caller("CUSTOMER")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 500 characters"));
        verifyNoInteractions(lifecycle);
    }

    @Test
    void refusesAPaymentWhoseMethodAndReferenceAreOverTheirBounds() throws Exception {
        http.perform(json(
                                post("/api/orders/o-1/payment"),
                                "{\"method\":\"" + "B".repeat(33) + "\",\"reference\":\"" + "9".repeat(101) + "\"}")
                        .with(caller("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("method", "reference")));
        verifyNoInteractions(lifecycle);
    }

    @Test
    void refusesBrokenJsonAndAReasonThatIsNoTextAsUnreadable() throws Exception {
        http.perform(json(post("/api/orders/o-1/cancellation"), "{\"reason\":").with(caller("CUSTOMER")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("unreadable-request"));
        http.perform(json(post("/api/orders/o-1/cancellation"), "{\"reason\":{\"text\":\"late\"}}")
                        .with(caller("CUSTOMER")))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("unreadable-request"))
                .andExpect(jsonPath("$.detail").value("reason must be a text"));
        verifyNoInteractions(lifecycle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancellation", "payment", "fulfilment"})
    void asksForATokenBeforeAnyStep(String step) throws Exception {
        http.perform(post("/api/orders/o-1/" + step)).andExpect(status().isUnauthorized());
        verifyNoInteractions(lifecycle);
    }

    /** Payment and fulfilment are for organisers and operators; cancelling is for anyone but producers. */
    @ParameterizedTest
    @CsvSource({
        "payment, CUSTOMER",
        "payment, PRODUCER",
        "fulfilment, CUSTOMER",
        "fulfilment, PRODUCER",
        "cancellation, PRODUCER"
    })
    void forbidsAStepToTheRolesThatDoNotTakeIt(String step, String role) throws Exception {
        http.perform(post("/api/orders/o-1/" + step).with(caller(role)))
                .andExpect(status().isForbidden())
                .andExpect(problem("forbidden"));
        verifyNoInteractions(lifecycle);
    }

    @Test
    void answersPayingAnOrderInTheWrongStateWith409() throws Exception {
        when(lifecycle.pay(eq("o-1"), any(), any(), any()))
                .thenThrow(new OrderStateConflict("o-1", OrderStatus.CANCELLED, "paid"));

        http.perform(json(post("/api/orders/o-1/payment"), "{\"reference\":\"FT2612030001\"}")
                        .with(caller("ORGANISER")))
                .andExpect(status().isConflict())
                .andExpect(problem("order-state-conflict"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("CANCELLED")));
    }

    @Test
    void answersAnUnknownPaymentMethodWith422NamingTheReason() throws Exception {
        when(lifecycle.pay(eq("o-1"), any(), eq("BITCOIN"), any()))
                .thenThrow(new OrderRefused("unknown-payment-method", "no payment method BITCOIN"));

        http.perform(json(post("/api/orders/o-1/payment"), "{\"method\":\"BITCOIN\"}")
                        .with(caller("OPERATOR")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problemType("unknown-payment-method"))
                .andExpect(jsonPath("$.reason").value("unknown-payment-method"));
    }

    @Test
    void cancelsWithoutABodyAndAnswersTheCancelledOrder() throws Exception {
        when(lifecycle.cancel(eq("o-1"), any(), isNull()))
                .thenReturn(pending().cancel("CUSTOMER", null, NOW).order());

        http.perform(post("/api/orders/o-1/cancellation").with(caller("CUSTOMER")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("o-1"))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelledBy").value("CUSTOMER"))
                .andExpect(jsonPath("$.reason").value("Cancelled by CUSTOMER"))
                .andExpect(jsonPath("$.timeline[*].step", Matchers.contains("PLACED", "CANCELLED")));
        verify(lifecycle).cancel(eq("o-1"), any(), isNull());
    }

    private static Order pending() {
        return PendingPickups.placed(
                "o-1", NOW, PendingPickups.line("p-lua", "Khăn lụa", "htx-lua-van-phuc", 1, 450000));
    }
}
