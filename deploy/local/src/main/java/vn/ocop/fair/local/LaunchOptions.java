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
 * @param classData run each service from its extracted jar with its class-data archive, recorded
 *     by the first run after a build that changed the service ({@link ClassDataArchive}); {@code
 *     run.sh} sets it ({@code --class-data}), the tests do not
 */
public record LaunchOptions(
        Path root, Path dataDir, boolean fresh, Ports ports, List<String> jvmOptions, boolean classData) {

    public LaunchOptions(Path root, Path dataDir, boolean fresh, Ports ports, List<String> jvmOptions) {
        this(root, dataDir, fresh, ports, jvmOptions, false);
    }

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
     * @param management each JVM's actuator port (health, info, prometheus), which Prometheus scrapes
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
            Management management) {

        /** The documented ports of README.md. */
        public static final Ports DEFAULT = new Ports(
                8080, 8081, 8082, 8083, 8084, 9092, 9093, 27017, new Management(8090, 8091, 8092, 8093, 8094));

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
                    new Management(
                            FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next()));
        }

        List<Integer> all() {
            return List.of(
                    gateway,
                    catalog,
                    order,
                    event,
                    notification,
                    kafka,
                    kafkaController,
                    mongo,
                    management.gateway(),
                    management.catalog(),
                    management.order(),
                    management.event(),
                    management.notification());
        }
    }

    /**
     * The management ports: every JVM's actuator listens apart from its API, on loopback, so that
     * Prometheus can scrape it without a token while the API ports serve no actuator endpoint.
     */
    public record Management(int gateway, int catalog, int order, int event, int notification) {}

    static LaunchOptions parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path dataDir = null;
        boolean fresh = false;
        boolean classData = false;
        List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--class-data")) {
                classData = true;
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
                throw new IllegalArgumentException("Unknown option " + arg
                        + " (known: --fresh, --full-jit, --class-data, --root=DIR, --data=DIR)");
            }
        }
        Path data = dataDir != null ? dataDir : root.resolve("deploy/local/data");
        return new LaunchOptions(root, data, fresh, Ports.DEFAULT, jvmOptions, classData);
    }
}
