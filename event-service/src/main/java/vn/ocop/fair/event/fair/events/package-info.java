/**
 * What event-service tells others about fairs, on {@code ocop.fairs.v1} keyed by fair id: the
 * contract, pinned by samples under {@code src/test/resources/events/}.
 */
@NullMarked
package vn.ocop.fair.event.fair.events;

import org.jspecify.annotations.NullMarked;
