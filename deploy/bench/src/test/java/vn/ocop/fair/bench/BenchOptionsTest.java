package vn.ocop.fair.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsToTheIssuesFigures() {
        BenchOptions options = BenchOptions.parse(new String[] {"--key=/tmp/key.json"});

        assertThat(options.connections()).isEqualTo(8);
        assertThat(options.rate()).isEqualTo(100);
        assertThat(options.sagaSeconds()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.stored()).isEqualTo(50_000);
        assertThat(options.buyers()).isEqualTo(10_000);
        assertThat(options.units()).isEqualTo(100);
    }

    @Test
    void quickShortensTheRunsButKeepsWhatIsGivenExplicitly() {
        BenchOptions options = BenchOptions.parse(new String[] {"--quick", "--key=k", "--saga-seconds=30"});

        assertThat(options.seconds()).isEqualTo(Duration.ofSeconds(8));
        assertThat(options.buyers()).isEqualTo(2_000);
        assertThat(options.sagaSeconds()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesUnknownOptionsAndARaceWithoutLosers() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--key=k", "--speed=9"}))
                .hasMessageContaining("Unknown option --speed");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--key=k", "--buyers=100", "--units=100"}))
                .hasMessageContaining("more than --units");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {})).hasMessageContaining("--key=FILE is required");
    }
}
