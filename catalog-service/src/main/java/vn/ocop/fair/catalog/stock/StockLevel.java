package vn.ocop.fair.catalog.stock;

import java.util.List;

/** A product's stock with its audit trail, oldest adjustment first. */
public record StockLevel(Stock stock, List<Adjustment> adjustments) {}
