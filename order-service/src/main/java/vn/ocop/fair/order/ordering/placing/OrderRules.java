package vn.ocop.fair.order.ordering.placing;

import java.util.regex.Pattern;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/** The rules of a contact and a Vietnamese delivery address. */
final class OrderRules {

    /** A Vietnamese mobile number: 0 or +84, then 3/5/7/8/9 and eight digits. */
    static final Pattern MOBILE = Pattern.compile("^(0|\\+84)[35789]\\d{8}$");

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private OrderRules() {}

    static void checkContact(OrderPlaced.Contact contact) {
        if (blank(contact.name())) {
            throw new OrderRefused("invalid-contact", "the contact needs a name");
        }
        if (contact.phone() == null
                || !MOBILE.matcher(normalise(contact.phone())).matches()) {
            throw new OrderRefused("invalid-contact", "the contact needs a Vietnamese mobile number, e.g. 0912345678");
        }
        if (contact.email() != null
                && !contact.email().isBlank()
                && !EMAIL.matcher(contact.email()).matches()) {
            throw new OrderRefused("invalid-contact", "the contact's email is not an email address");
        }
    }

    static void checkAddress(OrderPlaced.Address a) {
        if (a == null) {
            throw new OrderRefused("invalid-address", "a delivery needs an address");
        }
        if (blank(a.recipient()) || blank(a.street()) || blank(a.commune()) || blank(a.province())) {
            throw new OrderRefused(
                    "invalid-address", "a delivery address needs recipient, street, commune (xã/phường) and province");
        }
        if (a.phone() == null || !MOBILE.matcher(normalise(a.phone())).matches()) {
            throw new OrderRefused("invalid-address", "the recipient needs a Vietnamese mobile number");
        }
    }

    static String normalise(String phone) {
        return phone.replace(" ", "").replace(".", "").replace("-", "");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
