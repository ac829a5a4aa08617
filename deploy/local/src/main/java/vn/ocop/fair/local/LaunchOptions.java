package vn.ocop.fair.local;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run the local system.
 *
 * @param root the repository root, where each module's {@code target/} holds its jar
 * @param dataDir broker logs, MongoDB data, service logs
 * @param fresh wipe {@code dataDir} first
 * @param ports where everything listens
 * @param jvmOptions options for every service JVM
 */
public record LaunchOptions(Path root, Path dataDir, boolean fresh, Ports ports, List<String> jvmOptions) {

    /**
     * Small heaps, the serial collector and the C1 compiler only: five JVMs share two cores and
     * all start in ~34 s instead of ~54 s (measured here). C1 gives up peak throughput, so
     * benchmarks run with {@code --full-jit}.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1");

    /** As {@link #DEFAULT_JVM_OPTIONS} with both JIT compilers, for measuring throughput. */
    public static final List<String> FULL_JIT_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-Xss512k");

    /**
     * @param gateway the only door from outside
     * @param gatewayManagement the gateway's actuator (health, prometheus), which Prometheus scrapes
     */
    public record Ports(
            int gateway,
            int catalog,
            int order,
            int event,
            int notification,
            int kafka,
            int kafkaController,
            int mongo,
            int gatewayManagement) {

        /** The documented ports of README.md. */
        public static final Ports DEFAULT = new Ports(8080, 8081, 8082, 8083, 8084, 9092, 9093, 27017, 8090);

        /** As before the gateway's management port was pinned: the documented 8090. */
        public Ports(
                int gateway,
                int catalog,
                int order,
                int event,
                int notification,
                int kafka,
                int kafkaController,
                int mongo) {
            this(gateway, catalog, order, event, notification, kafka, kafkaController, mongo, 8090);
        }

        public static Ports free() {
            return new Ports(
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next());
        }

        List<Integer> all() {
            return List.of(
                    gateway, catalog, order, event, notification, kafka, kafkaController, mongo, gatewayManagement);
        }
    }

    static LaunchOptions parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path dataDir = null;
        boolean fresh = false;
        List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--full-jit")) {
                jvmOptions = FULL_JIT_JVM_OPTIONS;
            } else if (arg.startsWith("--root=")) {
                root = Path.of(arg.substring("--root=".length()))
                        .toAbsolutePath()
                        .normalize();
            } else if (arg.startsWith("--data=")) {
                dataDir = Path.of(arg.substring("--data=".length()))
                        .toAbsolutePath()
                        .normalize();
            } else {
                throw new IllegalArgumentException(
                        "Unknown option " + arg + " (known: --fresh, --full-jit, --root=DIR, --data=DIR)");
            }
        }
        Path data = dataDir != null ? dataDir : root.resolve("deploy/local/data");
        return new LaunchOptions(root, data, fresh, Ports.DEFAULT, jvmOptions);
    }
}
