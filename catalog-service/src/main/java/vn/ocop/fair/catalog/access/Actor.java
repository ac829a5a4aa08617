package vn.ocop.fair.catalog.access;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking, as their token says: the subject, the roles, and for a producer the producer
 * (chủ thể) they act for.
 */
public record Actor(String subject, Set<String> roles, String producerId) {

    public static final String ORGANISER = "ORGANISER";
    public static final String PRODUCER = "PRODUCER";

    public static Actor of(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return new Actor(
                token.getSubject(),
                roles == null ? Set.of() : Set.copyOf(roles),
                token.getClaimAsString("producer_id"));
    }

    /** The system itself, e.g. loading demo data: acts with an organiser's rights. */
    public static Actor system(String what) {
        return new Actor("system:" + what, Set.of(ORGANISER), null);
    }

    /** Organisers manage every producer's products; a producer only their own. */
    public boolean mayManageProductsOf(String producer) {
        return roles.contains(ORGANISER)
                || (roles.contains(PRODUCER) && producer != null && producer.equals(producerId));
    }
}
