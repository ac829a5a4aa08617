package vn.ocop.fair.catalog.importing;

import java.util.List;

/** An uploaded CSV file: its header and its non-blank rows, or why it cannot be read at all. */
record CsvFile(Header header, List<CsvRecord> rows) {

    static CsvFile read(byte[] bytes, int maxRows) {
        List<CsvRecord> records = CsvRecords.parse(CsvText.decode(bytes)).stream()
                .dropWhile(CsvRecord::isBlank)
                .toList();
        Header header = Header.of(records.get(0));
        List<CsvRecord> rows =
                records.stream().skip(1).filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new NotImportable(NotImportable.Reason.EMPTY, "The file has a header but no product rows");
        }
        if (rows.size() > maxRows) {
            throw new NotImportable(
                    NotImportable.Reason.TOO_LARGE,
                    "The file has " + rows.size() + " product rows; at most " + maxRows
                            + " are imported at once: split it");
        }
        return new CsvFile(header, rows);
    }
}
