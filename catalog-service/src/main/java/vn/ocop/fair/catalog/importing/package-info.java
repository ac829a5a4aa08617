/**
 * Bulk import of certified-product lists as CSV (UTF-8, Vietnamese or English headers): a dry run
 * that reports per-row errors, and an idempotent real run that goes through the catalogue.
 */
@NullMarked
package vn.ocop.fair.catalog.importing;

import org.jspecify.annotations.NullMarked;
