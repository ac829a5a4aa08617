/**
 * What every service is observed with, as defaults a service's own configuration overrides:
 * traces (Micrometer Tracing, OpenTelemetry bridge, OTLP export when configured) carried through
 * HTTP and Kafka headers, structured logs with trace, span and request ids, histograms for HTTP
 * latency, and counters of dead letters.
 */
@NullMarked
package vn.ocop.fair.support.observability;

import org.jspecify.annotations.NullMarked;
