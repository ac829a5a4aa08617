/** The local run's demo preferences. */
package vn.ocop.fair.notification.demo;
