package vn.ocop.fair.catalog.stock.events;

/** Units of one product an order holds, released or bought. */
public record StockLine(String productId, int quantity) {}
