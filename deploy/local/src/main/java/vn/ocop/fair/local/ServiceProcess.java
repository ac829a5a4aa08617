package vn.ocop.fair.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One service of the system, run from its packaged jar in a JVM of its own. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** How much longer a service may take to stop while it writes its class-data archive. */
    static final Duration RECORDING_TIME = Duration.ofSeconds(120);

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path jar;
    private final ClassDataArchive classData;
    private final List<String> arguments;
    private final Path logFile;
    private Process process;

    ServiceProcess(String name, int port, int managementPort, Path jar, List<String> arguments, Path logFile) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = jar;
        this.classData = new ClassDataArchive(jar);
        this.arguments = List.copyOf(arguments);
        this.logFile = logFile;
    }

    String name() {
        return name;
    }

    String url() {
        return "http://" + ServiceCatalogue.LOOPBACK + ":" + port;
    }

    /** The actuator's base URL: health, info and prometheus, on loopback. */
    String managementUrl() {
        return "http://" + ServiceCatalogue.LOOPBACK + ":" + managementPort;
    }

    List<String> arguments() {
        return arguments;
    }

    Path logFile() {
        return logFile;
    }

    ClassDataArchive classData() {
        return classData;
    }

    /**
     * @param withClassData run from the extracted jar with its class-data archive, or recording it
     *     where it is missing or older than the jar ({@link ClassDataArchive})
     */
    void start(List<String> jvmOptions, boolean withClassData) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    name + ": " + jar + " is missing; build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(withClassData ? classData.launch() : List.of("-jar", jar.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP; fails early if the process dies. */
    void awaitHealthy(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with code " + process.exitValue() + " during start-up; see " + logFile);
            }
            try {
                HttpResponse<String> answer = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new TimeoutException(name + " was not healthy within " + timeout.toSeconds() + " s; see " + logFile);
    }

    /** Asks the service to shut down gracefully, then insists. */
    void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        Duration wait = classData.recordingAtExit() ? grace.plus(RECORDING_TIME) : grace;
        try {
            if (process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                classData.keepRecorded();
            } else {
                System.out.printf("  %s did not stop within %d s: stopped by force%n", name, wait.toSeconds());
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                classData.dropRecorded();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            classData.dropRecorded();
            Thread.currentThread().interrupt();
        }
    }
}
