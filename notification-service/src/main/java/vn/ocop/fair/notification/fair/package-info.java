/** Fair events: followers, producers and organisers told; the fair and livestream read models; opens-tomorrow and flash-deal alarms. */
@NullMarked
package vn.ocop.fair.notification.fair;

import org.jspecify.annotations.NullMarked;
