/**
 * What the read models of other services' events share: the write that keeps the highest version
 * of each entity, whatever order its events arrive in.
 */
@NullMarked
package vn.ocop.fair.order.readmodel;

import org.jspecify.annotations.NullMarked;
