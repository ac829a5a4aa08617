/** Stock events: low stock and expiring certificates for producers. */
package vn.ocop.fair.notification.stock;
