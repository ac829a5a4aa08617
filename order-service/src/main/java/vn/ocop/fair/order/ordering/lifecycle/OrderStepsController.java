package vn.ocop.fair.order.ordering.lifecycle;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.order.ordering.views.OrderView;
import vn.ocop.fair.support.security.Caller;

/** What people do to a placed order over HTTP: cancel it, confirm its payment, its fulfilment. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "order") // one tag for the three controllers of the resource
class OrderStepsController {

    /** As {@code OrderRequest.AT_MOST}: the bound's message, naming the limit. */
    static final String AT_MOST = "must be at most {max} characters";

    private final OrderLifecycle lifecycle;

    OrderStepsController(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record Cancellation(@Size(max = 500, message = AT_MOST) String reason) {}

    @PostMapping("/{orderId}/cancellation")
    OrderView cancel(
            @AuthenticationPrincipal Jwt token,
            @PathVariable String orderId,
            @Valid @RequestBody(required = false) Cancellation cancellation) {
        return OrderView.of(
                lifecycle.cancel(orderId, Caller.of(token), cancellation == null ? null : cancellation.reason()));
    }

    /** @param method CASH_ON_PICKUP or BANK_TRANSFER; null keeps the order's */
    record Payment(
            @Size(max = 32, message = AT_MOST) String method,
            @Size(max = 100, message = AT_MOST) String reference) {}

    @PostMapping("/{orderId}/payment")
    OrderView pay(
            @AuthenticationPrincipal Jwt token,
            @PathVariable String orderId,
            @Valid @RequestBody(required = false) Payment payment) {
        return OrderView.of(lifecycle.pay(
                orderId,
                Caller.of(token),
                payment == null ? null : payment.method(),
                payment == null ? null : payment.reference()));
    }

    @PostMapping("/{orderId}/fulfilment")
    OrderView fulfil(@AuthenticationPrincipal Jwt token, @PathVariable String orderId) {
        return OrderView.of(lifecycle.fulfil(orderId, Caller.of(token)));
    }
}
