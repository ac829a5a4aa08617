/** Message texts: one Mustache template per type and language, and how money and time read (VND, Asia/Ho_Chi_Minh). */
@NullMarked
package vn.ocop.fair.notification.template;

import org.jspecify.annotations.NullMarked;
