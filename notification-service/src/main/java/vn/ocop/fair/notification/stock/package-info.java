/** Stock events: low stock and expiring certificates for producers. */
@NullMarked
package vn.ocop.fair.notification.stock;

import org.jspecify.annotations.NullMarked;
