@NullMarked
package vn.ocop.fair.catalog.producer.web;

import org.jspecify.annotations.NullMarked;
