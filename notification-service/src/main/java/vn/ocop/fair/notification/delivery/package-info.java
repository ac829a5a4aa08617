/** The sender loop: claims due e-mails and webhook calls, sends them, retries with back-off, and ends FAILED with the last error. */
package vn.ocop.fair.notification.delivery;
