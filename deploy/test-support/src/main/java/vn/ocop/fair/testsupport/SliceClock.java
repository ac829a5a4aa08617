package vn.ocop.fair.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service's clock in a {@code @WebMvcTest} slice: standing still at {@link #NOW}. */
@TestConfiguration(proxyBeanMethods = false)
public class SliceClock {

    /** The moment the slice tests are in. */
    public static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
