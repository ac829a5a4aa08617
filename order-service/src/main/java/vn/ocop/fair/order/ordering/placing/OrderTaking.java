package vn.ocop.fair.order.ordering.placing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.order.allowance.VoucherUses;
import vn.ocop.fair.order.catalog.CatalogProduct;
import vn.ocop.fair.order.catalog.CatalogProducts;
import vn.ocop.fair.order.fair.Booths;
import vn.ocop.fair.order.fair.Fair;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.fair.Promotions;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderMetrics;
import vn.ocop.fair.order.ordering.OrderOutbox;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.order.ordering.events.OrderPlaced;
import vn.ocop.fair.order.ordering.lifecycle.AwaitingCatalog;
import vn.ocop.fair.order.payment.PaymentMethod;
import vn.ocop.fair.order.payment.Payments;
import vn.ocop.fair.order.pricing.PriceLine;
import vn.ocop.fair.order.pricing.PricedOrder;
import vn.ocop.fair.order.pricing.PricedProduct;
import vn.ocop.fair.order.pricing.Pricing;
import vn.ocop.fair.order.pricing.PromotionTerms;
import vn.ocop.fair.order.pricing.VoucherRefused;

/**
 * Checks an order against the rules and the read models, prices it, takes its flash-deal units and
 * voucher use, and stores it PENDING with its OrderPlaced in the outbox. Anything taken is given
 * back if the order is refused.
 */
@Service
class OrderTaking {

    private final CatalogProducts products;
    private final Fairs fairs;
    private final Promotions promotions;
    private final Booths booths;
    private final FlashDealClaims flashDeals;
    private final VoucherUses vouchers;
    private final Payments payments;
    private final Orders orders;
    private final OrderOutbox outbox;
    private final AwaitingCatalog awaiting;
    private final OrderMetrics metrics;
    private final Clock clock;
    private final OrderProperties.Ordering rules;

    OrderTaking(
            CatalogProducts products,
            Fairs fairs,
            Promotions promotions,
            Booths booths,
            FlashDealClaims flashDeals,
            VoucherUses vouchers,
            Payments payments,
            Orders orders,
            OrderOutbox outbox,
            AwaitingCatalog awaiting,
            OrderMetrics metrics,
            Clock clock,
            OrderProperties properties) {
        this.products = products;
        this.fairs = fairs;
        this.promotions = promotions;
        this.booths = booths;
        this.flashDeals = flashDeals;
        this.vouchers = vouchers;
        this.payments = payments;
        this.orders = orders;
        this.outbox = outbox;
        this.awaiting = awaiting;
        this.metrics = metrics;
        this.clock = clock;
        this.rules = properties.ordering();
    }

    Order take(String orderId, String customer, OrderRequest request) {
        Instant now = clock.instant();
        String method = fulfilmentMethod(request);
        OrderRules.checkContact(request.contact().toPlaced());
        PaymentMethod payment = paymentMethod(request, method);
        Optional<Fair> fair = fair(request.fairId(), method, now);
        List<Pricing.Wanted> wanted = wanted(request.lines());
        List<PromotionTerms> fairPromotions =
                fair.map(f -> promotions.ofFair(f.fairId())).orElse(List.of());
        String fairId = fair.map(Fair::fairId).orElse(null);

        List<Order.FlashClaim> claims = new ArrayList<>();
        boolean voucherTaken = false;
        PricedOrder priced = null;
        try {
            Map<String, Integer> dealUnits = new HashMap<>();
            for (Pricing.Wanted w : wanted) {
                Pricing.flashDealFor(w.product(), fairId, fairPromotions, now).ifPresent(deal -> {
                    int got = flashDeals.claim(deal, customer, w.quantity());
                    if (got > 0) {
                        dealUnits.put(w.product().productId(), got);
                        claims.add(new Order.FlashClaim(deal.id(), got));
                    }
                });
            }
            priced = Pricing.price(wanted, fairId, fairPromotions, dealUnits, request.voucherCode(), now);
            if (priced.voucherPromotionId() != null) {
                PromotionTerms voucher = promotion(fairPromotions, priced.voucherPromotionId());
                if (!vouchers.take(voucher, customer)) {
                    throw new OrderRefused(
                            "voucher-used-up", "voucher " + priced.voucherCode() + " has no uses left for you");
                }
                voucherTaken = true;
            }
            Order.Change placed =
                    Order.place(placing(orderId, customer, fair, priced, request, method, payment, claims), now);
            Order order = placed.order();
            orders.insert(placed);
            awaiting.placed(order);
            outbox.written(orderId);
            metrics.outcome(order, "placed");
            return order;
        } catch (VoucherRefused e) {
            giveBack(customer, claims, null);
            throw new OrderRefused(e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            giveBack(customer, claims, voucherTaken ? priced.voucherPromotionId() : null);
            throw e;
        }
    }

    /** The voucher pricing chose, from the promotions it was given (no second read). */
    private static PromotionTerms promotion(List<PromotionTerms> fairPromotions, String id) {
        return fairPromotions.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("pricing chose promotion " + id + " it was not given"));
    }

    private void giveBack(String customer, List<Order.FlashClaim> claims, String voucherPromotionId) {
        claims.forEach(c -> flashDeals.giveBack(c.promotionId(), customer, c.units()));
        if (voucherPromotionId != null) {
            vouchers.giveBack(voucherPromotionId, customer);
        }
    }

    private static String fulfilmentMethod(OrderRequest request) {
        String method = request.fulfilment().method();
        if (!"PICKUP".equals(method) && !"DELIVERY".equals(method)) {
            throw new OrderRefused("invalid-fulfilment", "fulfilment method must be PICKUP or DELIVERY");
        }
        if ("DELIVERY".equals(method)) {
            OrderRules.checkAddress(deliveryAddress(request));
        }
        return method;
    }

    private static OrderPlaced.Address deliveryAddress(OrderRequest request) {
        OrderRequest.Address address = request.fulfilment().address();
        return address == null ? null : address.toPlaced();
    }

    private PaymentMethod paymentMethod(OrderRequest request, String fulfilment) {
        if (request.paymentMethod() == null) {
            return payments.defaultFor(fulfilment);
        }
        PaymentMethod method = payments.find(request.paymentMethod())
                .orElseThrow(() ->
                        new OrderRefused("unknown-payment-method", "no payment method " + request.paymentMethod()));
        if (!method.suits(fulfilment)) {
            throw new OrderRefused("unknown-payment-method", method.name() + " does not fit a " + fulfilment);
        }
        return method;
    }

    private Optional<Fair> fair(String fairId, String method, Instant now) {
        if (fairId == null || fairId.isBlank()) {
            if ("PICKUP".equals(method)) {
                throw new OrderRefused("pickup-needs-a-fair", "pickup at a booth needs the fair the booth is at");
            }
            return Optional.empty();
        }
        Fair fair = fairs.find(fairId)
                .orElseThrow(() -> new OrderRefused("unknown-fair", "order-service knows no fair " + fairId));
        if (!fair.takesOrders()) {
            throw new OrderRefused("fair-not-open", "fair " + fair.name() + " is " + fair.status());
        }
        if ("PICKUP".equals(method) && !fair.takesPickupOrdersAt(now, rules.preOrderWindow())) {
            throw new OrderRefused(
                    "fair-not-open",
                    "fair " + fair.name() + " opens " + fair.startsAt() + ": pickup orders open "
                            + rules.preOrderWindow().toDays() + " days before");
        }
        return Optional.of(fair);
    }

    private List<Pricing.Wanted> wanted(List<OrderRequest.LineRequest> lines) {
        if (lines.isEmpty()) {
            throw new OrderRefused("no-lines", "an order needs at least one line");
        }
        if (lines.size() > rules.maxLines()) {
            throw new OrderRefused("too-many-lines", "an order has at most " + rules.maxLines() + " lines");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (OrderRequest.LineRequest line : lines) {
            if (line == null || line.productId() == null || line.productId().isBlank()) {
                throw new OrderRefused("unknown-product", "every line needs a productId");
            }
            if (line.quantity() < 1) {
                throw new OrderRefused("quantity-out-of-range", "a line orders at least 1 unit");
            }
            if (line.quantity() > rules.maxQuantityPerLine()) { // checked before merging: no sum overflows
                throw new OrderRefused(
                        "quantity-out-of-range", "a line orders at most " + rules.maxQuantityPerLine() + " units");
            }
            quantities.merge(line.productId(), line.quantity(), Integer::sum);
        }
        Map<String, CatalogProduct> known = products.findAll(quantities.keySet());
        List<Pricing.Wanted> wanted = new ArrayList<>();
        quantities.forEach((id, quantity) -> {
            CatalogProduct product = known.get(id);
            if (product == null) {
                throw new OrderRefused("unknown-product", "no product " + id + " is on sale");
            }
            if (!product.orderable()) {
                throw new OrderRefused(
                        "product-delisted", product.name() + " is not on sale (" + product.status() + ")");
            }
            if (quantity > rules.maxQuantityPerLine()) {
                throw new OrderRefused(
                        "quantity-out-of-range",
                        "at most " + rules.maxQuantityPerLine() + " units of " + product.name() + " per order");
            }
            wanted.add(new Pricing.Wanted(
                    new PricedProduct(id, product.name(), product.producerId(), product.group(), product.priceVnd()),
                    quantity));
        });
        return wanted;
    }

    private Order.Placing placing(
            String orderId,
            String customer,
            Optional<Fair> fair,
            PricedOrder priced,
            OrderRequest request,
            String method,
            PaymentMethod payment,
            List<Order.FlashClaim> claims) {
        String fairId = fair.map(Fair::fairId).orElse(null);
        List<Order.Line> lines = priced.lines().stream().map(OrderTaking::line).toList();
        String booth = "PICKUP".equals(method)
                ? booths.boothSelling(fairId, lines.get(0).productId()).orElse(null)
                : null;
        OrderPlaced.Fulfilment fulfilment =
                new OrderPlaced.Fulfilment(method, booth, "DELIVERY".equals(method) ? deliveryAddress(request) : null);
        return new Order.Placing(
                orderId,
                customer,
                fairId,
                lines,
                priced.subtotalVnd(),
                priced.discountVnd(),
                priced.voucherCode(),
                priced.voucherPromotionId(),
                priced.voucherDiscountVnd(),
                priced.totalVnd(),
                fulfilment,
                request.contact().toPlaced(),
                payment.name(),
                fair.map(Fair::endsAt).orElse(null),
                claims);
    }

    private static Order.Line line(PriceLine l) {
        return new Order.Line(
                l.product().productId(),
                l.product().name(),
                l.product().producerId(),
                l.quantity(),
                l.product().listPriceVnd(),
                l.unitPriceVnd(),
                l.discountVnd(),
                l.promotionId(),
                l.flashDeal());
    }
}
