package vn.ocop.fair.catalog.importing;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param row its row as a spreadsheet shows it: the header is row 1
 */
record CsvRecord(int row, List<String> cells) {

    CsvRecord {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
