package vn.ocop.fair.notification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.TestTokens;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * The one Spring context of the module's tests: the service on a random port, over the shared
 * broker and database, e-mailing the test JVM's GreenMail, with retries, circuits and sweeps fast
 * enough for tests, webhook receivers on 127.0.0.1 allow-listed and a resolver tests can
 * point names with ({@link TestDns}). Every @SpringBootTest class extends it, so the context is built once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.notification.delivery.poll-interval=200ms",
            "ocop.notification.delivery.initial-backoff=200ms",
            "ocop.notification.delivery.max-backoff=1s",
            "ocop.notification.delivery.max-attempts=30",
            "ocop.notification.delivery.not-permitted-delay=200ms",
            "ocop.notification.webhook.connect-timeout=1s",
            "ocop.notification.webhook.read-timeout=10s",
            "ocop.notification.webhook.minimum-calls=3",
            "ocop.notification.webhook.allow-list=127.0.0.1", // the tests' receivers, on random ports
            "ocop.notification.webhook.open-wait=1s",
            "ocop.notification.reminders.check-interval=1h",
            "ocop.notification.heartbeat=1s"
        })
@UsesSharedInfrastructure
@Import({Events.class, TestDns.class})
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    /** What Prometheus scrapes from the service, asked as an operator. */
    protected String prometheus() {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/prometheus")
                .header("Authorization", "Bearer " + TestTokens.shared().operator())
                .retrieve()
                .body(String.class);
    }
}
