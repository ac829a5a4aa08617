package vn.ocop.fair.order.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders over HTTP: translates requests into the use cases and orders into views. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderPlacement placement;
    private final OrderLifecycle lifecycle;
    private final OrderQueries queries;

    OrderController(OrderPlacement placement, OrderLifecycle lifecycle, OrderQueries queries) {
        this.placement = placement;
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<OrderView> place(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody OrderRequest request) {
        OrderPlacement.Placement placed = placement.place(token.getSubject(), key, request);
        return ResponseEntity.created(URI.create("/api/orders/" + placed.order().id()))
                .header("Idempotent-Replayed", String.valueOf(placed.replay()))
                .body(OrderView.of(placed.order()));
    }

    @GetMapping
    OrderView.Page<OrderView> list(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) String fairId,
            @RequestParam(required = false) String producerId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        Orders.Page found = queries.list(Caller.of(token), status, fairId, producerId, page, size);
        return new OrderView.Page<>(
                found.items().stream().map(OrderView::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/producer-lines")
    OrderView.Page<OrderView.ProducerLines> producerLines(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        Caller caller = Caller.of(token);
        Orders.Page found = queries.producerLines(caller, status, page, size);
        return new OrderView.Page<>(
                found.items().stream()
                        .map(o -> OrderView.ProducerLines.of(o, caller.producerId()))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    /** The whole order for its customer and the staff; a producer's part of it for a producer. */
    @GetMapping("/{orderId}")
    VisibleOrder get(@AuthenticationPrincipal Jwt token, @PathVariable String orderId) {
        Caller caller = Caller.of(token);
        Order order = queries.get(orderId, caller);
        return caller.seesWholeOrder(order)
                ? OrderView.of(order)
                : OrderView.ProducerLines.of(order, caller.producerId());
    }

    record Cancellation(
            @Size(max = 500, message = OrderRequest.AT_MOST) String reason) {}

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
            @Size(max = 32, message = OrderRequest.AT_MOST) String method,
            @Size(max = 100, message = OrderRequest.AT_MOST) String reference) {}

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

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidPage();
        }
    }
}
