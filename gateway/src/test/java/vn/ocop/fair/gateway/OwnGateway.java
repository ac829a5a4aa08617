package vn.ocop.fair.gateway;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.util.TestSocketUtils;

/**
 * For a test class that runs a gateway of its own (settings of its own, so an application context of
 * its own): a free port chosen before start-up and one stub backend standing in for all four services,
 * stopped after the class. Registered as a static {@code @RegisterExtension} field; the class's
 * {@code @DynamicPropertySource} method hands its registry to {@link #standInFront}.
 */
public final class OwnGateway implements AfterAllCallback {

    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final StubBackend backend = StubBackend.start();

    /** The gateway listens on its port, with every service route leading to the stub. */
    public void standInFront(DynamicPropertyRegistry registry) {
        backend.standBehind(registry, port);
    }

    public GatewayClient client() {
        return new GatewayClient(port);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        backend.stop();
    }
}
