@NullMarked
package vn.ocop.fair.support.outbox;

import org.jspecify.annotations.NullMarked;
