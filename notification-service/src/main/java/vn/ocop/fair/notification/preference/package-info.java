/** Each recipient's e-mail, language, channels and quiet hours. */
package vn.ocop.fair.notification.preference;
