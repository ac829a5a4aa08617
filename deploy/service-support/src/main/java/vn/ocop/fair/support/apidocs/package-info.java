@NullMarked
package vn.ocop.fair.support.apidocs;

import org.jspecify.annotations.NullMarked;
