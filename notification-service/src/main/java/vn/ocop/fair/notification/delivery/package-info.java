/** The sender loop: claims due e-mails and webhook calls, sends them, retries with back-off, and ends FAILED with the last error. */
@NullMarked
package vn.ocop.fair.notification.delivery;

import org.jspecify.annotations.NullMarked;
