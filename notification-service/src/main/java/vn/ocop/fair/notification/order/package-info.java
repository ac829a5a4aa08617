/** Order events: what customers and producers hear, and the order read model later events need. */
package vn.ocop.fair.notification.order;
