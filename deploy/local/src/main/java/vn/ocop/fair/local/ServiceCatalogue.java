package vn.ocop.fair.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which services make up the system, and what each is told at start: its port, broker, database.
 * The four services and the gateway's management port listen on the loopback interface only: from
 * outside the machine the gateway's public port is the only door, so its rate and body limits and
 * its token checks cannot be walked around.
 */
final class ServiceCatalogue {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    /** Where everything but the gateway's public port listens. */
    static final String LOOPBACK = "127.0.0.1";

    private ServiceCatalogue() {}

    static List<ServiceProcess> services(LaunchOptions options, LocalInfrastructure infrastructure, int smtpPort) {
        LaunchOptions.Ports ports = options.ports();
        List<ServiceProcess> services = new ArrayList<>();
        services.add(backend(options, infrastructure, "catalog-service", ports.catalog()));
        services.add(backend(options, infrastructure, "order-service", ports.order()));
        services.add(backend(options, infrastructure, "event-service", ports.event()));
        ServiceProcess notification = backend(
                options,
                infrastructure,
                "notification-service",
                ports.notification(),
                List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort));
        services.add(notification);
        // the gateway's public port keeps listening on every interface: it is the door
        List<String> gatewayArgs = new ArrayList<>(common(options, ports.gateway()));
        gatewayArgs.add("--management.server.port=" + ports.gatewayManagement());
        gatewayArgs.add("--management.server.address=" + LOOPBACK);
        gatewayArgs.add("--ocop.gateway.services.catalog=http://127.0.0.1:" + ports.catalog());
        gatewayArgs.add("--ocop.gateway.services.order=http://127.0.0.1:" + ports.order());
        gatewayArgs.add("--ocop.gateway.services.event=http://127.0.0.1:" + ports.event());
        gatewayArgs.add("--ocop.gateway.services.notification=http://127.0.0.1:" + ports.notification());
        services.add(process(options, "gateway", ports.gateway(), gatewayArgs));
        return services;
    }

    private static ServiceProcess backend(
            LaunchOptions options, LocalInfrastructure infrastructure, String name, int port) {
        return backend(options, infrastructure, name, port, List.of());
    }

    private static ServiceProcess backend(
            LaunchOptions options, LocalInfrastructure infrastructure, String name, int port, List<String> more) {
        List<String> args = new ArrayList<>(common(options, port));
        args.add("--server.address=" + LOOPBACK);
        args.add("--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers());
        args.add("--spring.mongodb.uri=" + infrastructure.mongoConnectionString());
        args.addAll(more);
        return process(options, name, port, args);
    }

    /** Every service, the gateway included, trusts tokens of the gateway's local issuer. */
    private static List<String> common(LaunchOptions options, int port) {
        int gateway = options.ports().gateway();
        return List.of(
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + gateway + "/auth/jwks",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:" + gateway + "/auth");
    }

    private static ServiceProcess process(LaunchOptions options, String name, int port, List<String> args) {
        Path jar = options.root().resolve(name).resolve("target").resolve(name + "-" + VERSION + ".jar");
        return new ServiceProcess(
                name, port, jar, args, options.dataDir().resolve("logs").resolve(name + ".log"));
    }
}
