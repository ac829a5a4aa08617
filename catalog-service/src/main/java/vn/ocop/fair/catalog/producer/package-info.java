@NullMarked
package vn.ocop.fair.catalog.producer;

import org.jspecify.annotations.NullMarked;
