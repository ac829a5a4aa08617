package vn.ocop.fair.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The gateway as it runs locally (profile {@code local}: its own token issuer), on a real port, in
 * front of one stub backend standing in for all four services. Test classes extending this share one
 * application context. The port is chosen before start-up so that the gateway checks its tokens through
 * its own {@code /auth/jwks} over HTTP, exactly as configured for the local run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("local")
public abstract class GatewayTest {

    protected static final StubBackend backend = StubBackend.start();
    protected static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void gatewayInFrontOfTheStub(DynamicPropertyRegistry registry) {
        backend.standBehind(registry, PORT);
        // generous budgets: the limits have their own test
        registry.add("ocop.gateway.limits.browsing.capacity", () -> 100_000);
        registry.add("ocop.gateway.limits.ordering.capacity", () -> 100_000);
        registry.add("ocop.gateway.limits.token.capacity", () -> 100_000);
    }

    @LocalManagementPort
    protected int managementPort;

    protected GatewayClient gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(PORT);
    }
}
