package vn.ocop.fair.catalog.importing;

/**
 * Why a row was, or would be, rejected.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1)
 * @param column the column as the file names it, or null when the whole row is at fault
 */
public record RowError(int row, String column, String message) {}
