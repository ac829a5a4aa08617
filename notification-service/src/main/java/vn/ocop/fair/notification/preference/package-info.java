/** Each recipient's e-mail, language, channels and quiet hours. */
@NullMarked
package vn.ocop.fair.notification.preference;

import org.jspecify.annotations.NullMarked;
