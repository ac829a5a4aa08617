@NullMarked
package vn.ocop.fair.event.web;

import org.jspecify.annotations.NullMarked;
