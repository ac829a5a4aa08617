/** The three consumers (orders, fairs, stock) and what every handler shares: CloudEvents headers, malformed records. */
@NullMarked
package vn.ocop.fair.notification.events;

import org.jspecify.annotations.NullMarked;
