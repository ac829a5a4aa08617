package vn.ocop.fair.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's promtool (package prometheus), run as a process; missing, it fails the test and says how to install it. */
final class Promtool {

    private Promtool() {}

    static String run(Path workingDir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("promtool");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException notInstalled) {
            return fail(
                    "promtool is not installed: it comes with Debian's prometheus package (sudo apt-get install -y prometheus; .ci/run installs it)",
                    notInstalled);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("promtool finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("promtool %s:%n%s", String.join(" ", arguments), output)
                .isZero();
        return output;
    }
}
