/**
 * Booths of a fair: the layout (codes, zones, types, prices, grid positions), assignments of booths
 * to producers for periods without double booking, and the floor plan.
 */
@NullMarked
package vn.ocop.fair.event.booth;

import org.jspecify.annotations.NullMarked;
