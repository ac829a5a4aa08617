/**
 * Stock per product (received, on sale, held for orders, sold) and its audit trail: producers and
 * organisers adjust it, the reservation saga holds, releases and sells it. Never oversold: every
 * change is one guarded single-document update.
 */
@NullMarked
package vn.ocop.fair.catalog.stock;

import org.jspecify.annotations.NullMarked;
