package vn.ocop.fair.support.outbox;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where new outbox entries learn the trace they were raised in. The relay publishes them later,
 * from its own thread, where that trace is no longer current: so the W3C {@code traceparent} is
 * captured when the entry is created and stored with it. Installed by service-support's
 * observability auto-configuration when Micrometer Tracing is present; without it, entries carry
 * none.
 */
public final class OutboxTraceContext {

    private static volatile Supplier<@Nullable String> source = () -> null;

    private OutboxTraceContext() {}

    /** Makes {@code current} the source of trace contexts; returns what it replaced. */
    public static Supplier<@Nullable String> install(Supplier<@Nullable String> current) {
        Supplier<@Nullable String> previous = source;
        source = current;
        return previous;
    }

    /** The {@code traceparent} of the span current on this thread, or null. */
    public static @Nullable String current() {
        try {
            return source.get();
        } catch (RuntimeException e) {
            return null; // tracing is never worth failing a business write for
        }
    }
}
