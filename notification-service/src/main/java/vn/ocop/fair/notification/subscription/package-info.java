/** Who follows which fair, producer or livestream. */
@NullMarked
package vn.ocop.fair.notification.subscription;

import org.jspecify.annotations.NullMarked;
