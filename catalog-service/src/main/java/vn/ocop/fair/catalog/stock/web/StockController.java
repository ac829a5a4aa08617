package vn.ocop.fair.catalog.stock.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.stock.StockManagement;
import vn.ocop.fair.support.security.Caller;

@RestController
@RequestMapping("/api/catalog/products/{id}/stock")
class StockController {

    static final long MAX_UNITS = 1_000_000;

    private final StockManagement stock;

    StockController(StockManagement stock) {
        this.stock = stock;
    }

    @GetMapping
    StockView get(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return StockView.of(stock.level(new ProductId(id), Caller.of(token)));
    }

    @PostMapping("/adjustments")
    StockView adjust(
            @PathVariable String id,
            @Valid @RequestBody AdjustmentRequest request,
            @AuthenticationPrincipal Jwt token) {
        return StockView.of(stock.adjust(
                new ProductId(id), request.delta(), request.reason().strip(), Caller.of(token)));
    }

    @PutMapping("/low-threshold")
    StockView lowThreshold(
            @PathVariable String id, @Valid @RequestBody ThresholdRequest request, @AuthenticationPrincipal Jwt token) {
        return StockView.of(stock.lowThreshold(new ProductId(id), request.lowThreshold(), Caller.of(token)));
    }

    /**
     * @param delta units received (positive) or written off (negative)
     * @param reason why, kept in the audit trail (e.g. "Nhập lô hàng tháng 5", "Hỏng khi vận chuyển")
     */
    record AdjustmentRequest(
            @NotNull @Min(-MAX_UNITS) @Max(MAX_UNITS) Long delta,
            @NotBlank @Size(max = 500) String reason) {

        @AssertTrue(message = "delta must not be 0")
        boolean isChange() {
            return delta == null || delta != 0;
        }
    }

    record ThresholdRequest(@NotNull @Min(0) @Max(MAX_UNITS) Integer lowThreshold) {}
}
