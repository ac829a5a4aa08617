/** correlation: one {@code X-Request-Id} per request, accepted or created, passed on, returned and logged. */
@NullMarked
package vn.ocop.fair.gateway.correlation;

import org.jspecify.annotations.NullMarked;
