package vn.ocop.fair.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which services make up the system, and what each is told at start: its port, broker, database.
 * The four services and every management port listen on the loopback interface only: from
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
        LaunchOptions.Management management = ports.management();
        services.add(backend(options, infrastructure, "catalog-service", ports.catalog(), management.catalog()));
        services.add(backend(options, infrastructure, "order-service", ports.order(), management.order()));
        services.add(backend(options, infrastructure, "event-service", ports.event(), management.event()));
        ServiceProcess notification = backend(
                options,
                infrastructure,
                "notification-service",
                ports.notification(),
                management.notification(),
                List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort));
        services.add(notification);
        // the gateway's public port keeps listening on every interface: it is the door
        List<String> gatewayArgs = new ArrayList<>(common(options, ports.gateway(), management.gateway()));
        gatewayArgs.add("--ocop.gateway.services.catalog=http://127.0.0.1:" + ports.catalog());
        gatewayArgs.add("--ocop.gateway.services.order=http://127.0.0.1:" + ports.order());
        gatewayArgs.add("--ocop.gateway.services.event=http://127.0.0.1:" + ports.event());
        gatewayArgs.add("--ocop.gateway.services.notification=http://127.0.0.1:" + ports.notification());
        services.add(process(options, "gateway", ports.gateway(), management.gateway(), gatewayArgs));
        return services;
    }

    private static ServiceProcess backend(
            LaunchOptions options, LocalInfrastructure infrastructure, String name, int port, int management) {
        return backend(options, infrastructure, name, port, management, List.of());
    }

    private static ServiceProcess backend(
            LaunchOptions options,
            LocalInfrastructure infrastructure,
            String name,
            int port,
            int management,
            List<String> more) {
        List<String> args = new ArrayList<>(common(options, port, management));
        args.add("--server.address=" + LOOPBACK);
        args.add("--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers());
        args.add("--spring.mongodb.uri=" + infrastructure.mongoConnectionString());
        args.addAll(more);
        return process(options, name, port, management, args);
    }

    /** Every service, the gateway included, trusts the gateway's local issuer; its actuator listens apart. */
    private static List<String> common(LaunchOptions options, int port, int management) {
        int gateway = options.ports().gateway();
        return List.of(
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--management.server.address=" + LOOPBACK,
                "--spring.profiles.active=local",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + gateway + "/auth/jwks",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:" + gateway + "/auth");
    }

    private static ServiceProcess process(
            LaunchOptions options, String name, int port, int management, List<String> args) {
        Path jar = options.root().resolve(name).resolve("target").resolve(name + "-" + VERSION + ".jar");
        return new ServiceProcess(
                name,
                port,
                management,
                jar,
                args,
                options.dataDir().resolve("logs").resolve(name + ".log"));
    }
}
