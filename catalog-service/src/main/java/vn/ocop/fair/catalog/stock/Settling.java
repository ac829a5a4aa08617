package vn.ocop.fair.catalog.stock;

/** A move to take off a product's moves in flight, once its reservation recorded it. */
public record Settling(String productId, String token) {}
