/**
 * Fair presence: which products are on sale at which fair and booth, as event-service's
 * {@code BoothAssigned} / {@code BoothReleased} on {@code ocop.fairs.v1} say.
 */
@NullMarked
package vn.ocop.fair.catalog.fair;

import org.jspecify.annotations.NullMarked;
