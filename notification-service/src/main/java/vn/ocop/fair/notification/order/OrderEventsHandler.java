package vn.ocop.fair.notification.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.events.EventHandler;
import vn.ocop.fair.notification.events.IncomingEvent;
import vn.ocop.fair.notification.fair.Fairs;
import vn.ocop.fair.notification.notification.Notice;
import vn.ocop.fair.notification.notification.NotificationType;
import vn.ocop.fair.notification.notification.Notifier;
import vn.ocop.fair.notification.notification.Recipients;
import vn.ocop.fair.notification.template.Formats;

/**
 * {@code ocop.orders.v1}: producers hear of a new order with their products at OrderPlaced (before
 * stock is reserved: they can prepare; a later rejection is not sent to them); customers hear of
 * confirmation (with booth or delivery address), rejection (with reasons per line), cancellation,
 * expiry and payment. A paid PICKUP order whose fair is open is "ready for pickup" instead of "paid"
 * (when the fair is not yet open, {@code FairOpened} sends "ready for pickup" later). A batch of
 * events reads its orders and fairs in one query each, writes the read model in one bulk write and
 * stores all its notifications in one insert.
 */
@Component
class OrderEventsHandler implements EventHandler {

    private static final Set<String> READ = Set.of(
            "OrderPlaced",
            "OrderConfirmed",
            "OrderRejected",
            "OrderCancelled",
            "OrderExpired",
            "OrderPaid",
            "OrderFulfilled");

    private final Orders orders;
    private final Fairs fairs;
    private final Notifier notifier;

    OrderEventsHandler(Orders orders, Fairs fairs, Notifier notifier) {
        this.orders = orders;
        this.fairs = fairs;
        this.notifier = notifier;
    }

    @Override
    public Topic topic() {
        return Topic.ORDERS;
    }

    @Override
    public void handle(IncomingEvent event) {
        handleAll(List.of(event));
    }

    @Override
    public void handleAll(List<IncomingEvent> events) {
        List<Read> reads = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (READ.contains(event.name())) {
                reads.add(new Read(event, event.read(OrderCopy.class).require()));
            }
        }
        if (reads.isEmpty()) {
            return;
        }
        OrderBook book =
                orders.book(reads.stream().map(r -> r.order().orderId()).collect(Collectors.toSet()));
        Map<String, Document> fairsById = fairs.byIds(reads.stream()
                .map(r -> r.order().fairId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<Notice> notices = new ArrayList<>();
        Batch batch = new Batch(book, fairsById, notices);
        for (Read read : reads) {
            batch.apply(read.event(), read.order());
        }
        orders.save(book);
        notifier.notifyAll(notices);
    }

    private record Read(IncomingEvent event, OrderCopy order) {}

    /** One event of a batch, against the batch's orders and fairs; its notices join the batch's. */
    private record Batch(OrderBook book, Map<String, Document> fairs, List<Notice> notices) {

        void apply(IncomingEvent event, OrderCopy order) {
            switch (event.name()) {
                case "OrderPlaced" -> placed(event, order);
                case "OrderConfirmed" -> {
                    book.status(order.orderId(), "CONFIRMED");
                    Map<String, Object> model = model(order);
                    if (order.totalVnd() != null) {
                        model.put("total", Formats.vnd(order.totalVnd()));
                    }
                    model.put("paymentDue", Formats.dateTime(order.paymentDueAt()));
                    tell(NotificationType.ORDER_CONFIRMED, event, order, model);
                }
                case "OrderRejected" -> {
                    book.status(order.orderId(), "REJECTED");
                    Map<String, Object> model = model(order);
                    model.put("reason", order.reason());
                    model.put("lines", refusedLines(order));
                    tell(NotificationType.ORDER_REJECTED, event, order, model);
                }
                case "OrderCancelled" -> {
                    book.status(order.orderId(), "CANCELLED");
                    Map<String, Object> model = model(order);
                    model.put("reason", order.reason());
                    model.put("byCustomer", "CUSTOMER".equals(order.cancelledBy()));
                    tell(NotificationType.ORDER_CANCELLED, event, order, model);
                }
                case "OrderExpired" -> {
                    book.status(order.orderId(), "EXPIRED");
                    Map<String, Object> model = model(order);
                    model.put("paymentDue", Formats.dateTime(order.paymentDueAt()));
                    tell(NotificationType.ORDER_EXPIRED, event, order, model);
                }
                case "OrderPaid" -> paid(event, order);
                case "OrderFulfilled" -> book.status(order.orderId(), "FULFILLED");
                default -> {
                    // a type this service does not read
                }
            }
        }

        private void placed(IncomingEvent event, OrderCopy order) {
            book.placed(order);
            Map<String, List<OrderCopy.Line>> byProducer = new LinkedHashMap<>();
            order.lines().stream()
                    .filter(l -> l.producerId() != null && !l.producerId().isBlank())
                    .forEach(l -> byProducer
                            .computeIfAbsent(l.producerId(), p -> new ArrayList<>())
                            .add(l));
            byProducer.forEach((producerId, lines) -> {
                Map<String, Object> model = model(order);
                List<Map<String, Object>> shown = new ArrayList<>();
                long amount = 0;
                for (OrderCopy.Line l : lines) {
                    int quantity = l.quantity() == null ? 0 : l.quantity();
                    long lineTotal = l.unitPriceVnd() == null ? 0 : l.unitPriceVnd() * quantity;
                    amount += lineTotal;
                    shown.add(Map.of(
                            "productName", String.valueOf(l.productName()),
                            "quantity", quantity,
                            "amount", Formats.vnd(lineTotal)));
                }
                model.put("lines", shown);
                model.put("amount", Formats.vnd(amount));
                notices.add(new Notice(
                        NotificationType.ORDER_RECEIVED,
                        event.id(),
                        event.timeOr(order.occurredAt()),
                        Recipients.producer(producerId),
                        model));
            });
        }

        private void paid(IncomingEvent event, OrderCopy order) {
            book.status(order.orderId(), "PAID");
            Document stored = book.byId(order.orderId()).orElse(null);
            Document fair = order.fairId() == null ? null : fairs.get(order.fairId());
            boolean ready = OrderNotices.isPickup(stored) && fair != null && "OPEN".equals(fair.getString("status"));
            Map<String, Object> model = model(order);
            if (order.amountVnd() != null) {
                model.put("amount", Formats.vnd(order.amountVnd()));
            }
            model.put("reference", order.reference());
            tell(ready ? NotificationType.ORDER_READY_FOR_PICKUP : NotificationType.ORDER_PAID, event, order, model);
        }

        private Map<String, Object> model(OrderCopy order) {
            Document stored = book.byId(order.orderId()).orElse(null);
            Document fair = order.fairId() == null ? null : fairs.get(order.fairId());
            return OrderNotices.model(order.orderId(), stored, fair == null ? null : fair.getString("name"));
        }

        private List<Map<String, Object>> refusedLines(OrderCopy order) {
            Document stored = book.byId(order.orderId()).orElse(null);
            List<Document> placedLines =
                    stored == null ? List.of() : stored.getList("lines", Document.class, List.of());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (OrderCopy.Line l : order.lines()) {
                String name = placedLines.stream()
                        .filter(p -> l.productId() != null && l.productId().equals(p.getString("productId")))
                        .map(p -> p.getString("productName"))
                        .findFirst()
                        .orElse(l.productId());
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("productName", name);
                line.put("code", l.reason());
                if (l.reason() != null) {
                    line.put(l.reason(), true); // lets a template word each known code in its language
                }
                line.put("available", l.available());
                lines.add(line);
            }
            return lines;
        }

        private void tell(NotificationType type, IncomingEvent event, OrderCopy order, Map<String, Object> model) {
            String fallbackEmail = book.byId(order.orderId())
                    .map(d -> d.getString("contactEmail"))
                    .orElse(null);
            notices.add(new Notice(
                    type,
                    event.id(),
                    event.timeOr(order.occurredAt()),
                    Recipients.customer(order.customerId()),
                    model,
                    fallbackEmail));
        }
    }
}
