package vn.ocop.fair.catalog.importing;

import vn.ocop.fair.catalog.product.SearchText;

/**
 * One well-formed row of a certified list.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1)
 */
record ImportRow(int row, ProducerRow producer, ProductRow product) {

    /**
     * The natural key a row is matched on: the producer and the product's name folded (case,
     * diacritics, punctuation). Not the decision number: one decision certifies many products, and
     * a renewed certificate carries a new number for the same product.
     */
    static String naturalKey(String producerId, String productName) {
        return producerId + "|" + SearchText.fold(productName);
    }

    String naturalKey() {
        return naturalKey(producer.id(), product.name());
    }
}
