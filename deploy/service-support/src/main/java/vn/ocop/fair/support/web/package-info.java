@NullMarked
package vn.ocop.fair.support.web;

import org.jspecify.annotations.NullMarked;
