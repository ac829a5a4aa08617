/** The three consumers (orders, fairs, stock) and what every handler shares: CloudEvents headers, malformed records. */
package vn.ocop.fair.notification.events;
