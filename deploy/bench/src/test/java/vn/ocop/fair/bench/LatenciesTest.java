package vn.ocop.fair.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void readsPercentilesInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 100; i++) {
            latencies.record(i * 1_000L);
        }

        assertThat(latencies.millis(50)).isCloseTo(50, org.assertj.core.data.Offset.offset(0.1));
        assertThat(latencies.millis(99)).isCloseTo(99, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Latencies.ms(latencies.millis(99))).isEqualTo("99.0 ms");
        assertThat(Latencies.ms(12_345)).isEqualTo("12.3 s");
        assertThat(Latencies.ms(new Latencies().millis(50))).isEqualTo("-");
    }

    @Test
    void changeIsTheLastPassAgainstTheFirst() {
        assertThat(Report.change(400, 300)).isEqualTo("-25%");
        assertThat(Report.change(Double.NaN, 300)).isEmpty();
    }
}
