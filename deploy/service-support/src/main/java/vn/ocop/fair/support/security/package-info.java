@NullMarked
package vn.ocop.fair.support.security;

import org.jspecify.annotations.NullMarked;
