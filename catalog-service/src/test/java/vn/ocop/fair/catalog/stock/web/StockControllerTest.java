package vn.ocop.fair.catalog.stock.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;
import static vn.ocop.fair.testsupport.SliceRequests.producer;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.catalog.access.NotYourProducer;
import vn.ocop.fair.catalog.config.SliceSecurity;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.ProductNotFound;
import vn.ocop.fair.catalog.stock.Adjustment;
import vn.ocop.fair.catalog.stock.NotEnoughStock;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockContention;
import vn.ocop.fair.catalog.stock.StockLevel;
import vn.ocop.fair.catalog.stock.StockManagement;
import vn.ocop.fair.support.security.Caller;

/**
 * The stock controller alone (no store): what it refuses before the stock is touched, who may
 * manage stock, which problem each refusal becomes, and how a level is answered.
 */
@WebMvcTest(StockController.class)
@Import(SliceSecurity.class)
class StockControllerTest {

    private static final String ADJUSTMENTS = "/api/catalog/products/p-1/stock/adjustments";

    @Autowired
    MockMvc http;

    @MockitoBean
    StockManagement stock;

    @Test
    void rejectsAnAdjustmentWithoutDeltaOrReasonNamingEachField() throws Exception {
        adjustAsProducer("{\"reason\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("delta", "reason")));
        verifyNoInteractions(stock);
    }

    @Test
    void rejectsAZeroDeltaAndOneOverAMillionUnits() throws Exception {
        adjustAsProducer("{\"delta\":0,\"reason\":\"Kiểm kê\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("delta must not be 0"));
        adjustAsProducer("{\"delta\":-1000001,\"reason\":\"Hỏng khi vận chuyển\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("delta"));
        verifyNoInteractions(stock);
    }

    @Test
    void refusesADeltaThatIsNoWholeNumberAsUnreadable() throws Exception {
        adjustAsProducer("{\"delta\":\"nhiều\",\"reason\":\"Nhập lô\"}")
                .andExpect(status().isBadRequest())
                .andExpect(problem("unreadable-request"))
                .andExpect(jsonPath("$.detail", Matchers.startsWith("delta must be a whole number")));
        adjustAsProducer("{\"delta\":1.5,\"reason\":\"Nhập lô\"}")
                .andExpect(status().isBadRequest())
                .andExpect(problemType("unreadable-request"));
        verifyNoInteractions(stock);
    }

    @Test
    void rejectsANegativeLowThresholdAndABrokenBody() throws Exception {
        setLowThresholdAsProducer("{\"lowThreshold\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lowThreshold"));
        setLowThresholdAsProducer("{\"lowThreshold\":")
                .andExpect(status().isBadRequest())
                .andExpect(problemType("unreadable-request"));
        verifyNoInteractions(stock);
    }

    @Test
    void letsOnlyProducersAndOrganisersSeeOrManageStock() throws Exception {
        http.perform(get("/api/catalog/products/p-1/stock")).andExpect(status().isUnauthorized());
        http.perform(get("/api/catalog/products/p-1/stock").with(caller("CUSTOMER")))
                .andExpect(status().isForbidden())
                .andExpect(problemJson());
        http.perform(json(post(ADJUSTMENTS), "{\"delta\":5,\"reason\":\"Nhập lô\"}")
                        .with(caller("CUSTOMER")))
                .andExpect(status().isForbidden());
        http.perform(json(put("/api/catalog/products/p-1/stock/low-threshold"), "{\"lowThreshold\":3}")
                        .with(caller("OPERATOR")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(stock);
    }

    @Test
    void answersAnotherProducersProductWith403AndAnUnknownOneWith404() throws Exception {
        when(stock.adjust(eq(new ProductId("p-2")), anyLong(), anyString(), any()))
                .thenThrow(new NotYourProducer(
                        new Caller("u-PRODUCER", java.util.Set.of("PRODUCER"), "htx-lua-van-phuc"), "htx-khac"));
        when(stock.level(eq(new ProductId("nowhere")), any())).thenThrow(new ProductNotFound(new ProductId("nowhere")));

        http.perform(json(post("/api/catalog/products/p-2/stock/adjustments"), "{\"delta\":5,\"reason\":\"Nhập\"}")
                        .with(producer()))
                .andExpect(status().isForbidden())
                .andExpect(problemType("not-your-producer"));
        http.perform(get("/api/catalog/products/nowhere/stock").with(producer()))
                .andExpect(status().isNotFound())
                .andExpect(problem("product-not-found"));
    }

    static Stream<Arguments> refusedWriteOffs() {
        return Stream.of(
                Arguments.of(new NotEnoughStock("p-1", -50, 10), "not-enough-stock"),
                Arguments.of(new StockContention("p-1", 5), "concurrent-change"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedWriteOffs")
    void answersAWriteOffTheStockCannotTakeWith409(RuntimeException refusal, String type) throws Exception {
        when(stock.adjust(eq(new ProductId("p-1")), eq(-50L), anyString(), any()))
                .thenThrow(refusal);

        adjustAsProducer("{\"delta\":-50,\"reason\":\"Hỏng khi vận chuyển\"}")
                .andExpect(status().isConflict())
                .andExpect(problem(type));
    }

    @Test
    void receivesUnitsWithTheReasonStrippedAndAnswersTheLevelNewestAdjustmentFirst() throws Exception {
        when(stock.adjust(eq(new ProductId("p-1")), eq(20L), eq("Nhập lô hàng tháng 12"), any()))
                .thenReturn(new StockLevel(
                        new Stock("p-1", "htx-lua-van-phuc", 30, 27, 2, 1, 5, 1, List.of()),
                        List.of(
                                new Adjustment(10, "Tồn đầu kỳ", "u-PRODUCER", Instant.parse("2026-12-01T02:00:00Z")),
                                new Adjustment(
                                        20,
                                        "Nhập lô hàng tháng 12",
                                        "u-PRODUCER",
                                        Instant.parse("2026-12-03T02:00:00Z")))));

        adjustAsProducer("{\"delta\":20,\"reason\":\"  Nhập lô hàng tháng 12 \"}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.productId").value("p-1"))
                .andExpect(jsonPath("$.received").value(30))
                .andExpect(jsonPath("$.available").value(27))
                .andExpect(jsonPath("$.lowThreshold").value(5))
                .andExpect(jsonPath("$.heldForOrders").value(1))
                .andExpect(jsonPath("$.adjustments[*].delta", Matchers.contains(20, 10)))
                .andExpect(jsonPath("$.adjustments[0].reason").value("Nhập lô hàng tháng 12"));
    }

    private ResultActions adjustAsProducer(String body) throws Exception {
        return http.perform(json(post(ADJUSTMENTS), body).with(producer()));
    }

    private ResultActions setLowThresholdAsProducer(String body) throws Exception {
        return http.perform(
                json(put("/api/catalog/products/p-1/stock/low-threshold"), body).with(producer()));
    }
}
