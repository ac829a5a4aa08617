package vn.ocop.fair.event.application;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is asking, as their token says: the subject, the roles, and for a producer its producer id. */
public record Actor(String subject, Set<String> roles, String producerId) {

    static final String ORGANISER = "ORGANISER";
    static final String PRODUCER = "PRODUCER";

    public static Actor of(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return new Actor(
                token.getSubject(),
                roles == null ? Set.of() : Set.copyOf(roles),
                token.getClaimAsString("producer_id"));
    }

    public static Actor system(String what) {
        return new Actor("system:" + what, Set.of(ORGANISER), null);
    }

    boolean organiser() {
        return roles.contains(ORGANISER);
    }

    /** Organisers act for every producer; a producer only for its own. */
    boolean actsFor(String producer) {
        return organiser() || (roles.contains(PRODUCER) && producer != null && producer.equals(producerId));
    }
}
