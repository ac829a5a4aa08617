package vn.ocop.fair.notification.stock;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.events.EventHandler;
import vn.ocop.fair.notification.events.IncomingEvent;
import vn.ocop.fair.notification.notification.Notice;
import vn.ocop.fair.notification.notification.NotificationType;
import vn.ocop.fair.notification.notification.Notifier;
import vn.ocop.fair.notification.notification.Recipients;
import vn.ocop.fair.notification.template.Formats;

/** {@code ocop.catalog.stock.v1}: a producer hears of low stock and of certificates expiring (90 and 30 days); the reservation events are not for people. */
@Component
class StockEventsHandler implements EventHandler {

    private final Notifier notifier;
    private final ProductNames products;

    StockEventsHandler(Notifier notifier, ProductNames products) {
        this.notifier = notifier;
        this.products = products;
    }

    @Override
    public Topic topic() {
        return Topic.STOCK;
    }

    @Override
    public void handle(IncomingEvent event) {
        NotificationType type;
        switch (event.name()) {
            case "StockLow" -> type = NotificationType.STOCK_LOW;
            case "CertificateExpiring" -> type = NotificationType.CERTIFICATE_EXPIRING;
            default -> {
                return; // StockReserved & co. are the saga's
            }
        }
        StockCopy e = event.read(StockCopy.class).require();
        Map<String, Object> model = new HashMap<>();
        model.put("productId", e.productId());
        model.put(
                "productName",
                e.productName() != null
                        ? e.productName()
                        : products.name(e.productId()).orElse(e.productId()));
        model.put("available", e.available());
        model.put("lowThreshold", e.lowThreshold());
        model.put("decisionNumber", e.decisionNumber());
        model.put("expiresOn", Formats.date(e.expiresOn()));
        model.put("daysLeft", e.daysLeft());
        model.put("threshold", e.threshold());
        notifier.notify(
                new Notice(type, event.id(), event.timeOr(e.occurredAt()), Recipients.producer(e.producerId()), model));
    }
}
