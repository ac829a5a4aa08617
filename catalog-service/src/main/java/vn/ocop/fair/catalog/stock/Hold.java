package vn.ocop.fair.catalog.stock;

import java.time.Instant;

/** Units of a product held for one order, recorded in the product's stock so that an order holds them at most once. */
public record Hold(String orderId, int quantity, Instant at) {}
