package vn.ocop.fair.bench;

import java.lang.management.ManagementFactory;

/** How much CPU the bench's own JVM used: it shares the machine's cores with the system it measures. */
final class ClientCpu {

    private final long cpuStart = cpuNanos();
    private final long wallStart = System.nanoTime();

    /** Cores used on average since this was made. */
    double cores() {
        long wall = System.nanoTime() - wallStart;
        return wall <= 0 ? 0 : (double) (cpuNanos() - cpuStart) / wall;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
