/** event-service: fair and trade-week scheduling, booths, exhibitor applications, the activity programme and fair promotions. */
package vn.ocop.fair.event;
