package vn.ocop.fair.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's class-data archive (the JDK's application class-data sharing, CDS): the classes a
 * service loads, parsed and verified once and mapped into every later start, which then loads them in
 * a fraction of the time. Five JVMs starting on two cores spend most of their start-up loading
 * classes.
 *
 * <p>CDS cannot read classes from the jars nested inside a Spring Boot jar, so the service runs from
 * its jar extracted next to it ({@code target/class-data/}, by {@code -Djarmode=tools extract}). The
 * first run after a build that changed the service records the archive when the service stops ({@code
 * -XX:ArchiveClassesAtExit}): it costs that run nothing but the few seconds of writing it at the end.
 * The archive is written under a temporary name and kept only if the service stopped by itself (the
 * launcher waits longer for a service that records); a service killed while writing leaves no
 * archive, and the next run records it again. A JVM that cannot
 * use the archive (another JDK) starts without it, as before.
 */
final class ClassDataArchive {

    private final Path jar;
    private final Path folder;
    private final Path extractedJar;
    private final Path archive;
    private final Path recording;
    private volatile boolean recordingAtExit;

    ClassDataArchive(Path jar) {
        this.jar = jar;
        this.folder = jar.resolveSibling("class-data");
        this.extractedJar = folder.resolve(jar.getFileName());
        this.archive = folder.resolve("start-up.jsa");
        this.recording = folder.resolve("start-up.jsa.recording");
    }

    /**
     * The JVM options and jar to start the service with: the extracted jar with its archive where the
     * archive is current, else the extracted jar recording the archive (extracted first, where the jar
     * changed since).
     */
    List<String> launch() {
        if (current(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-jar", extractedJar.toString());
        }
        extract();
        recordingAtExit = true;
        return List.of(
                "-XX:ArchiveClassesAtExit=" + recording,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-jar",
                extractedJar.toString());
    }

    /**
     * Whether the running service records its archive as it stops. Writing it takes each JVM several
     * seconds, tens of seconds when five do it at once on two cores.
     */
    boolean recordingAtExit() {
        return recordingAtExit;
    }

    /** After the service stopped by itself: keeps the archive it recorded, if it recorded one. */
    void keepRecorded() {
        try {
            if (Files.isRegularFile(recording)) {
                Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the class-data archive " + recording, e);
        }
    }

    /** After the service was killed: an archive it may have been writing is not kept. */
    void dropRecorded() {
        try {
            Files.deleteIfExists(recording);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + recording, e);
        }
    }

    private boolean current(Path file) {
        try {
            return Files.isRegularFile(file)
                    && Files.isRegularFile(extractedJar)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void extract() {
        try {
            if (Files.isRegularFile(extractedJar)
                    && Files.getLastModifiedTime(extractedJar).equals(Files.getLastModifiedTime(jar))) {
                return;
            }
            deleteFolder();
            Process extracting = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            folder.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!extracting.waitFor(60, TimeUnit.SECONDS) || extracting.exitValue() != 0) {
                extracting.destroyForcibly();
                throw new IllegalStateException("Could not extract " + jar + " into " + folder);
            }
            // the extracted jar keeps the jar's time: the mark that it was extracted from this build
            Files.setLastModifiedTime(extractedJar, Files.getLastModifiedTime(jar));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + jar, e);
        }
    }

    private void deleteFolder() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
