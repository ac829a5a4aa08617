package vn.ocop.fair.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A service's clock in a shared test context: the system's time, unless a test fixes an instant
 * ({@link #set}, {@link #setToday}) or shifts time ahead ({@link #advance}). A test that changes it
 * resets it afterwards, so the tests sharing the context see real time. Import {@link
 * Configuration} to make it the service's {@code Clock}.
 */
public final class TestClock extends Clock {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    /** From now on it is {@code instant}, standing still. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** From now on it is 09:00 on {@code day} in Hanoi, standing still. */
    public void setToday(LocalDate day) {
        set(day.atTime(LocalTime.of(9, 0)).atZone(HANOI).toInstant());
    }

    /** From now on time runs {@code ahead} in the future. */
    public void advance(Duration ahead) {
        shift.set(ahead);
    }

    /** Back to the system's time. */
    public void reset() {
        fixed.set(null);
        shift.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant == null ? Instant.now().plus(shift.get()) : instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock seen from another zone (services reckon days in Hanoi). */
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
