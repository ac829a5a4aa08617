@NullMarked
package vn.ocop.fair.catalog.web;

import org.jspecify.annotations.NullMarked;
