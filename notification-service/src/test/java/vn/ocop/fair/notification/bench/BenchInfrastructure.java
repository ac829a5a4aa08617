package vn.ocop.fair.notification.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.ocop.fair.local.FreePorts;
import vn.ocop.fair.local.LocalInfrastructure;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * The embedded pair for the bench, as the local run has it: an in-process KRaft broker and
 * mongo-java-server, storing on disk as {@code run.sh} does ({@code -Dbench.store=h2}, the default:
 * documents in memory, every write mirrored to an H2 file) or in memory only ({@code
 * -Dbench.store=memory}, as the tests).
 */
final class BenchInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static LocalInfrastructure started;

    static synchronized LocalInfrastructure get() {
        if (started == null) {
            try {
                Path scratch = Files.createTempDirectory("ocop-notification-bench");
                boolean h2 = !"memory".equals(store());
                started = (h2
                                ? LocalInfrastructure.onDisk(
                                        scratch, FreePorts.next(), FreePorts.next(), FreePorts.next())
                                : LocalInfrastructure.scratch(
                                        scratch, FreePorts.next(), FreePorts.next(), FreePorts.next()))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "bench-infra-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return started;
    }

    static String store() {
        return System.getProperty("bench.store", "h2");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        LocalInfrastructure infrastructure = get();
        TestTokens tokens = TestTokens.shared();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "ocopBenchInfrastructure",
                        Map.of(
                                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                                "spring.mongodb.uri", infrastructure.mongoConnectionString(),
                                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri(),
                                "spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuer())));
    }
}
