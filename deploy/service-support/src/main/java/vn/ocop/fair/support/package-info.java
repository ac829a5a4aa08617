/** Plumbing every OCOP Fair service is deployed with; nothing here knows any domain. */
@NullMarked
package vn.ocop.fair.support;

import org.jspecify.annotations.NullMarked;
