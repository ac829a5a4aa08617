package vn.ocop.fair.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ocop.fair.catalog.product.Catalogue;

/**
 * The service's clock in the shared test context: the system's time unless a test sets a day. A
 * test that sets it resets it afterwards, so the tests sharing the context see real time.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final ZoneId zone;

    TestClock() {
        this.zone = ZoneOffset.UTC;
    }

    /** From now on it is 09:00 on {@code day} in Hanoi. */
    public void setToday(LocalDate day) {
        fixed.set(day.atTime(LocalTime.of(9, 0)).atZone(Catalogue.LOCAL_TIME).toInstant());
    }

    /** Back to the system's time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant == null ? Instant.now() : instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving clock seen from another zone (the catalogue reckons days in Hanoi). */
    @Override
    public Clock withZone(ZoneId other) {
        TestClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return outer.withZone(again);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
