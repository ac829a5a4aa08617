/** Order events: what customers and producers hear, and the order read model later events need. */
@NullMarked
package vn.ocop.fair.notification.order;

import org.jspecify.annotations.NullMarked;
