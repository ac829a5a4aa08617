package vn.ocop.fair.catalog.stock;

import java.time.Instant;

/**
 * One line of a product's stock audit trail.
 *
 * @param delta units received (positive) or written off (negative)
 * @param by the subject of whoever made it
 */
public record Adjustment(long delta, String reason, String by, Instant at) {}
