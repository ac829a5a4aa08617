@NullMarked
package vn.ocop.fair.order.web;

import org.jspecify.annotations.NullMarked;
