package vn.ocop.fair.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.fair.gateway.GatewayClient;
import vn.ocop.fair.gateway.OwnGateway;

/**
 * Wrong passwords at {@code /auth/token} lock the account (5) and the client's address (8), first for 2 s,
 * doubling with every further failure. Real HTTP; each test has its own accounts and addresses
 * ({@code X-Forwarded-For} from the loopback proxy).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "ocop.gateway.local-issuer.lockout.account-failures=5",
            "ocop.gateway.local-issuer.lockout.address-failures=8",
            "ocop.gateway.local-issuer.lockout.window=1h",
            "ocop.gateway.local-issuer.lockout.first-lock=2s",
            "ocop.gateway.local-issuer.lockout.longest-lock=1h"
        })
@ActiveProfiles("local")
class LoginLockoutTest {

    @RegisterExtension
    static final OwnGateway own = new OwnGateway();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        own.standInFront(registry);
    }

    private static final GatewayClient gateway = own.client();

    @Test
    void locksAnAccountAfterFiveWrongPasswordsAndAnswers429WithRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(login("vanphuc", "guess-" + i, "203.0.113.1").statusCode());
        }
        HttpResponse<String> locked = login("vanphuc", "demo123", "203.0.113.1");
        HttpResponse<String> elsewhere = login("vanphuc", "demo123", "198.51.100.1");

        assertThat(statuses).containsOnly(401);
        // even the right password, from any address, while the account is locked
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(locked.body())
                .contains("https://ocop-fair.vn/problems/login-locked")
                .doesNotContain("access_token");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 2L);
        assertThat(elsewhere.statusCode()).isEqualTo(429);
    }

    @Test
    void doublesTheLockWithEveryFailureAfterIt() {
        for (int i = 0; i < 5; i++) {
            login("battrang", "guess", "203.0.113.2");
        }
        long first = retryAfter(login("battrang", "demo123", "203.0.113.2"));
        // the first lock lasts 1-2 s; a locked attempt is answered 429 without checking the password
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> login("battrang", "demo123", "203.0.113.2").statusCode() == 200);
        int sixth = login("battrang", "guess", "203.0.113.2").statusCode();
        long second = retryAfter(login("battrang", "demo123", "203.0.113.2"));

        assertThat(first).isBetween(1L, 2L);
        assertThat(sixth).isEqualTo(401);
        assertThat(second).isBetween(3L, 4L);
    }

    @Test
    void locksAnAddressTryingManyAccountsButNotOtherAddresses() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(login("ghost-" + i, "demo123", "203.0.113.3").statusCode());
        }
        HttpResponse<String> locked = login("khachhang", "demo123", "203.0.113.3");

        assertThat(statuses).containsOnly(401);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(login("khachhang", "demo123", "198.51.100.3").statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginDoesNotResetAnotherAddressesFailures() {
        for (int i = 0; i < 4; i++) {
            assertThat(login("bantochuc", "guess", "203.0.113.4").statusCode()).isEqualTo(401);
        }
        assertThat(login("bantochuc", "demo123", "198.51.100.4").statusCode()).isEqualTo(200);

        assertThat(login("bantochuc", "guess", "203.0.113.4").statusCode()).isEqualTo(401);
        assertThat(login("bantochuc", "demo123", "203.0.113.4").statusCode()).isEqualTo(429);
    }

    private static HttpResponse<String> login(String username, String password, String address) {
        return gateway.send(gateway.login(username, password).header("X-Forwarded-For", address));
    }

    private static long retryAfter(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }
}
