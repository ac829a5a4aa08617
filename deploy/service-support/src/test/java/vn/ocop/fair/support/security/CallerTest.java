package vn.ocop.fair.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    @Test
    void isWhoTheTokenSays() {
        Jwt token = token("nsx-1", List.of("PRODUCER"), "producer-7");

        assertThat(Caller.of(token)).isEqualTo(new Caller("nsx-1", Set.of("PRODUCER"), "producer-7"));
    }

    @Test
    void hasNoRoleWhenTheTokenNamesNone() {
        Caller caller = Caller.of(token("khach", null, null));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.producerId()).isNull();
        assertThat(caller.isCustomer() || caller.isProducer() || caller.isOrganiser() || caller.isOperator())
                .isFalse();
    }

    @Test
    void readsEachRoleFromTheRolesClaim() {
        Caller staff = Caller.of(token("ops", List.of("ORGANISER", "OPERATOR"), null));
        Caller customer = Caller.of(token("khach", List.of("CUSTOMER"), null));

        assertThat(staff.isOrganiser()).isTrue();
        assertThat(staff.isOperator()).isTrue();
        assertThat(staff.isCustomer()).isFalse();
        assertThat(customer.isCustomer()).isTrue();
        assertThat(customer.isOrganiser()).isFalse();
    }

    @Test
    void isAProducerOnlyWithTheRoleAndTheProducerTheyActFor() {
        Caller producer = Caller.of(token("nsx-1", List.of("PRODUCER"), "producer-7"));
        Caller withoutProducer = Caller.of(token("nsx-2", List.of("PRODUCER"), null));
        Caller customerWithAProducerClaim = Caller.of(token("khach", List.of("CUSTOMER"), "producer-7"));

        assertThat(producer.isProducer()).isTrue();
        assertThat(producer.isProducerOf("producer-7")).isTrue();
        assertThat(producer.isProducerOf("producer-8")).isFalse();
        assertThat(producer.isProducerOf(null)).isFalse();
        assertThat(withoutProducer.isProducer()).isFalse();
        assertThat(withoutProducer.isProducerOf(null)).isFalse();
        assertThat(customerWithAProducerClaim.isProducerOf("producer-7")).isFalse();
    }

    @Test
    void isAnonymousWithoutAToken() {
        Caller anonymous = Caller.orAnonymous(null);

        assertThat(anonymous).isEqualTo(Caller.anonymous());
        assertThat(anonymous.roles()).isEmpty();
        assertThat(anonymous.isOrganiser()).isFalse();
        assertThat(Caller.orAnonymous(token("khach", List.of("CUSTOMER"), null)).subject())
                .isEqualTo("khach");
    }

    @Test
    void theSystemActsWithAnOrganisersRights() {
        Caller system = Caller.system("demo-data");

        assertThat(system.subject()).isEqualTo("system:demo-data");
        assertThat(system.isOrganiser()).isTrue();
        assertThat(system.isProducer()).isFalse();
    }

    private static Jwt token(String subject, List<String> roles, String producerId) {
        Jwt.Builder token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject(subject)
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60));
        if (roles != null) {
            token.claim("roles", roles);
        }
        if (producerId != null) {
            token.claim("producer_id", producerId);
        }
        return token.build();
    }
}
