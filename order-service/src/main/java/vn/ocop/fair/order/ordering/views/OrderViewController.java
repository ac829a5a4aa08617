package vn.ocop.fair.order.ordering.views;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderAccess;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.support.security.Caller;

/** The order queries over HTTP: who sees which orders, and how much of each. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "order") // one tag for the three controllers of the resource
class OrderViewController {

    /** The last page one may ask for: page × size stays far from overflowing, and deep paging is what filters are for. */
    static final int MAX_PAGE = 10_000;

    private final OrderQueries queries;

    OrderViewController(OrderQueries queries) {
        this.queries = queries;
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
        return OrderAccess.seesWholeOrder(caller, order)
                ? OrderView.of(order)
                : OrderView.ProducerLines.of(order, caller.producerId());
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > 100) {
            throw new InvalidPage();
        }
    }
}
