package vn.ocop.fair.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void writesDongWithDotsBetweenThousandsAndTheSignAfterASpace() {
        assertThat(Formats.vnd(1_250_000)).isEqualTo("1.250.000 ₫");
        assertThat(Formats.vnd(990_000)).isEqualTo("990.000 ₫");
        assertThat(Formats.vnd(0)).isEqualTo("0 ₫");
    }

    @Test
    void writesTimesInHanoiTime() {
        assertThat(Formats.dateTime(Instant.parse("2026-05-21T02:00:00Z"))).isEqualTo("21/05/2026 09:00");
        assertThat(Formats.dateTime(Instant.parse("2026-05-21T17:30:00Z"))).isEqualTo("22/05/2026 00:30");
        assertThat(Formats.date(LocalDate.of(2027, 4, 12))).isEqualTo("12/04/2027");
    }

    @Test
    void shortensAnOrderIdToItsReference() {
        assertThat(Formats.orderRef("5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90")).isEqualTo("5F2C9A1E");
    }
}
