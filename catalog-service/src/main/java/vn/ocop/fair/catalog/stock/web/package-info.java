@NullMarked
package vn.ocop.fair.catalog.stock.web;

import org.jspecify.annotations.NullMarked;
