package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsToTheDocumentedPortsAndKeepsData() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--root=/srv/ocop"});

        assertThat(options.ports()).isEqualTo(LaunchOptions.Ports.DEFAULT);
        assertThat(options.ports().gateway()).isEqualTo(8080);
        assertThat(options.fresh()).isFalse();
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/ocop/deploy/local/data"));
        assertThat(options.jvmOptions()).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void freshAndFullJitAreOptIn() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--fresh", "--full-jit", "--data=/tmp/ocop"});

        assertThat(options.fresh()).isTrue();
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/ocop"));
        assertThat(options.jvmOptions()).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void refusesUnknownOptionsWithTheKnownOnes() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--frsh"}))
                .hasMessageContaining("--frsh")
                .hasMessageContaining("--fresh");
    }
}
