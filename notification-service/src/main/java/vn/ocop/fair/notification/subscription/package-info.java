/** Who follows which fair, producer or livestream. */
package vn.ocop.fair.notification.subscription;
