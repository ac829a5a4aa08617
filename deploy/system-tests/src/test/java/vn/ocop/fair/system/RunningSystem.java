package vn.ocop.fair.system;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.ocop.fair.local.LaunchOptions;
import vn.ocop.fair.local.LocalSystem;

/**
 * The whole system, started once for every system test class of this JVM (five JVMs take a minute
 * or more on two cores) and stopped when the test JVM ends.
 */
final class RunningSystem {

    private static LocalSystem system;
    private static Path dataDir;

    private RunningSystem() {}

    static synchronized LocalSystem get() throws Exception {
        if (system == null) {
            Path root = Path.of(System.getProperty("ocop.root", "../.."))
                    .toAbsolutePath()
                    .normalize();
            dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "local-system");
            LocalSystem started = new LocalSystem(new LaunchOptions(
                    root, dataDir, true, LaunchOptions.Ports.free(), LaunchOptions.DEFAULT_JVM_OPTIONS));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-local-system"));
            system = started.start();
        }
        return system;
    }

    /** The repository root, where the services' jars and deploy/observability are. */
    static Path root() {
        return Path.of(System.getProperty("ocop.root", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    /** Where the run keeps its data and the services' logs. */
    static synchronized Path dataDir() {
        return dataDir;
    }
}
