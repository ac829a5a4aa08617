package vn.ocop.fair.notification.order;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import vn.ocop.fair.notification.notification.Notice;
import vn.ocop.fair.notification.notification.NotificationType;
import vn.ocop.fair.notification.notification.Recipients;
import vn.ocop.fair.notification.template.Formats;

/** The values every order message shows: reference, fair, total, and how the order is handed over. */
public final class OrderNotices {

    private OrderNotices() {}

    /** From the read model's order (may be a stub when OrderPlaced was never seen) and the fair's name. */
    static Map<String, Object> model(String orderId, Document order, String fairName) {
        Map<String, Object> model = new HashMap<>();
        model.put("orderId", orderId);
        model.put("orderRef", Formats.orderRef(orderId));
        model.put("fairName", fairName);
        model.put("customerName", order == null ? null : order.getString("contactName"));
        Number total = order == null ? null : (Number) order.get("totalVnd");
        model.put("total", total == null ? null : Formats.vnd(total.longValue()));
        Document fulfilment = order == null ? null : order.get("fulfilment", Document.class);
        if (fulfilment != null && "PICKUP".equals(fulfilment.getString("method"))) {
            model.put("pickup", true);
            model.put("boothCode", fulfilment.getString("boothCode"));
        } else if (fulfilment != null && "DELIVERY".equals(fulfilment.getString("method"))) {
            model.put("delivery", true);
            model.put("address", fulfilment.getString("address"));
        }
        return model;
    }

    static boolean isPickup(Document order) {
        Document fulfilment = order == null ? null : order.get("fulfilment", Document.class);
        return fulfilment != null && "PICKUP".equals(fulfilment.getString("method"));
    }

    /** "Your order is ready at booth X" for a paid pickup order, e.g. when its fair opens; nothing for a delivery. */
    public static java.util.Optional<Notice> readyForPickupIfPickup(
            Document order, String fairName, String eventId, Instant eventTime) {
        if (!isPickup(order) || order.getString("customerId") == null) {
            return java.util.Optional.empty();
        }
        String orderId = order.getString("_id");
        return java.util.Optional.of(new Notice(
                NotificationType.ORDER_READY_FOR_PICKUP,
                eventId,
                eventTime,
                Recipients.customer(order.getString("customerId")),
                model(orderId, order, fairName),
                order.getString("contactEmail")));
    }
}
