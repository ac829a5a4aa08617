package vn.ocop.fair.support.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking, as their token says: the subject ({@code sub}), the roles ({@code roles}), and for
 * a producer the producer (chủ thể) they act for ({@code producer_id}). Every service reads the
 * caller this one way; which caller may see or act on which product, fair or order stays with each
 * service.
 */
public record Caller(
        String subject, Set<String> roles, @Nullable String producerId) {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String PRODUCER = "PRODUCER";
    public static final String ORGANISER = "ORGANISER";
    public static final String OPERATOR = ResourceServerDefaults.OPERATOR;

    private static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return new Caller(
                token.getSubject(),
                roles == null ? Set.of() : Set.copyOf(roles),
                token.getClaimAsString("producer_id"));
    }

    /** The caller of an endpoint anyone may call: anonymous, with no role, when there is no token. */
    public static Caller orAnonymous(@Nullable Jwt token) {
        return token == null ? ANONYMOUS : of(token);
    }

    /** Someone without a token: no role, so they see only what is public. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** The system itself (demo data, a scheduler, a watch): acts with an organiser's rights. */
    public static Caller system(String what) {
        return new Caller("system:" + what, Set.of(ORGANISER), null);
    }

    public boolean isCustomer() {
        return roles.contains(CUSTOMER);
    }

    /** A producer: the role, and the producer they act for. */
    public boolean isProducer() {
        return roles.contains(PRODUCER) && producerId != null;
    }

    /** A producer acting for this producer. */
    public boolean isProducerOf(@Nullable String producer) {
        return isProducer() && producer != null && producer.equals(producerId);
    }

    public boolean isOrganiser() {
        return roles.contains(ORGANISER);
    }

    public boolean isOperator() {
        return roles.contains(OPERATOR);
    }
}
