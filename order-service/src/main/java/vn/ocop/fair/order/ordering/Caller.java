package vn.ocop.fair.order.ordering;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is asking, as their token says: subject, roles, and for a producer their producer id. */
public record Caller(String subject, Set<String> roles, String producerId) {

    public static Caller of(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return new Caller(
                token.getSubject(),
                roles == null ? Set.of() : Set.copyOf(roles),
                token.getClaimAsString("producer_id"));
    }

    /** Organisers and operators see and manage every order. */
    public boolean isStaff() {
        return roles.contains("ORGANISER") || roles.contains("OPERATOR");
    }

    public boolean isCustomer() {
        return roles.contains("CUSTOMER");
    }

    public boolean isProducer() {
        return roles.contains("PRODUCER") && producerId != null;
    }

    /** Staff see every order; a customer their own; a producer those with their products. */
    public boolean maySee(Order order) {
        return isStaff() || (isCustomer() && order.isOf(subject)) || (isProducer() && order.hasProductsOf(producerId));
    }

    /**
     * Staff and the order's customer see the whole order; anyone else who {@link #maySee} it is a
     * producer with lines in it and sees only their part ({@code OrderView.ProducerLines}).
     */
    public boolean seesWholeOrder(Order order) {
        return isStaff() || (isCustomer() && order.isOf(subject));
    }

    /** The role a cancellation is recorded with. */
    public String role() {
        if (roles.contains("OPERATOR")) {
            return "OPERATOR";
        }
        return roles.contains("ORGANISER") ? "ORGANISER" : "CUSTOMER";
    }
}
