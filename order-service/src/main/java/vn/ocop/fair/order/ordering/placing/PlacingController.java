package vn.ocop.fair.order.ordering.placing;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.order.ordering.views.OrderView;

/** {@code POST /api/orders}: places an order once per Idempotency-Key. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "order", description = "Orders: placing, the saga's outcome, payment, fulfilment, cancellation")
class PlacingController {

    private final OrderPlacement placement;

    PlacingController(OrderPlacement placement) {
        this.placement = placement;
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
}
