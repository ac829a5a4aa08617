/**
 * Searching the listed catalogue without diacritics or case ("lua van phuc" finds "Lụa Vạn
 * Phúc"), with filters, paging and orders, over the folded fields products store: plain regular
 * expressions and an aggregation that work on real MongoDB and on the embedded wire server alike.
 */
@NullMarked
package vn.ocop.fair.catalog.product.search;

import org.jspecify.annotations.NullMarked;
