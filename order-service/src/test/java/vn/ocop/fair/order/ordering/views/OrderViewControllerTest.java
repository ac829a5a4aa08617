package vn.ocop.fair.order.ordering.views;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.producer;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.ocop.fair.order.config.SliceSecurity;
import vn.ocop.fair.order.ordering.NotAllowed;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderNotFound;
import vn.ocop.fair.order.ordering.PendingPickups;

/**
 * The order queries over HTTP, the controller alone (no store): what it refuses before anything is
 * read, who may list what, which problem each refusal becomes, and how much of an order each caller
 * is shown.
 */
@WebMvcTest(OrderViewController.class)
@Import(SliceSecurity.class)
class OrderViewControllerTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    OrderQueries queries;

    @Test
    void answersAStatusThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        http.perform(get("/api/orders").param("status", "SHIPPED").with(caller("ORGANISER")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("CONFIRMED")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.not(Matchers.containsString("vn.ocop"))));
        verifyNoInteractions(queries);
    }

    @Test
    void refusesAPageSizeThatIsNoNumberNamingTheParameter() throws Exception {
        http.perform(get("/api/orders/producer-lines").param("size", "ten").with(producer()))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("must be a whole number")));
        verifyNoInteractions(queries);
    }

    @Test
    void refusesPagingOutOfRangeBeforeAnythingIsRead() throws Exception {
        http.perform(get("/api/orders").param("size", "101").with(caller("CUSTOMER")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-page"));
        http.perform(get("/api/orders/producer-lines").param("page", "-1").with(producer()))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("invalid-page"));
        http.perform(get("/api/orders")
                        .param("page", "21474837")
                        .param("size", "100")
                        .with(caller("CUSTOMER")))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("invalid-page"))
                .andExpect(jsonPath("$.detail").value("page is 0 to 10000 and size is 1 to 100"));
        verifyNoInteractions(queries);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/orders", "/api/orders/producer-lines"})
    void letsNobodyWithoutATokenReadOrders(String path) throws Exception {
        http.perform(get(path)).andExpect(status().isUnauthorized());
        verifyNoInteractions(queries);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CUSTOMER", "ORGANISER", "OPERATOR"})
    void letsOnlyProducersReadProducerLines(String role) throws Exception {
        http.perform(get("/api/orders/producer-lines").with(caller(role)))
                .andExpect(status().isForbidden())
                .andExpect(problemJson());
        verifyNoInteractions(queries);
    }

    @Test
    void answersAProducerListingEveryOrderAsForbidden() throws Exception {
        when(queries.list(any(), any(), any(), any(), anyInt(), anyInt()))
                .thenThrow(new NotAllowed("producers see their lines at /api/orders/producer-lines"));

        http.perform(get("/api/orders").with(producer()))
                .andExpect(status().isForbidden())
                .andExpect(problemType("forbidden"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("/api/orders/producer-lines")));
    }

    @Test
    void answersAnOrderTheCallerMayNotSeeAsNotFound() throws Exception {
        when(queries.get(eq("o-9"), any())).thenThrow(new OrderNotFound("o-9"));

        http.perform(get("/api/orders/o-9").with(caller("CUSTOMER")))
                .andExpect(status().isNotFound())
                .andExpect(problem("order-not-found"));
    }

    @Test
    void showsItsCustomerTheWholeOrder() throws Exception {
        when(queries.get(eq("o-1"), any())).thenReturn(placedOrder());

        http.perform(get("/api/orders/o-1").with(caller("CUSTOMER")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("o-1"))
                .andExpect(jsonPath("$.customerId").value("u-CUSTOMER"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.lines[*].productId", Matchers.contains("p-lua", "p-che")))
                .andExpect(jsonPath("$.totalVnd").value(530000))
                .andExpect(jsonPath("$.contact.email").value("an@example.vn"))
                .andExpect(jsonPath("$.timeline[0].step").value("PLACED"));
    }

    @Test
    void showsAProducerOnlyTheirLinesWithoutTheCustomer() throws Exception {
        when(queries.get(eq("o-1"), any())).thenReturn(placedOrder());

        http.perform(get("/api/orders/o-1").with(producer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("o-1"))
                .andExpect(jsonPath("$.lines[*].productId", Matchers.contains("p-lua")))
                .andExpect(jsonPath("$.linesTotalVnd").value(450000))
                .andExpect(jsonPath("$.pickupName").doesNotExist())
                .andExpect(jsonPath("$.customerId").doesNotExist())
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.totalVnd").doesNotExist());
    }

    /** A PENDING pickup order of u-CUSTOMER with a line of htx-lua-van-phuc and one of another producer. */
    private static Order placedOrder() {
        return PendingPickups.placed(
                "o-1",
                Instant.parse("2026-12-03T09:00:00Z"),
                PendingPickups.line("p-lua", "Khăn lụa", "htx-lua-van-phuc", 1, 450000),
                PendingPickups.line("p-che", "Chè Tân Cương", "htx-che-tan-cuong", 2, 40000));
    }
}
