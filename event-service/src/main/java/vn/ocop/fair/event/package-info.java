/** event-service: fair and trade-week scheduling, booths, exhibitor applications, the activity programme and fair promotions. */
@NullMarked
package vn.ocop.fair.event;

import org.jspecify.annotations.NullMarked;
