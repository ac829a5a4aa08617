@NullMarked
package vn.ocop.fair.support.mongo;

import org.jspecify.annotations.NullMarked;
