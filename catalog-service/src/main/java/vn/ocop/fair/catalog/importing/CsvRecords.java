package vn.ocop.fair.catalog.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted cells may hold the separator, line breaks and doubled quotes. The separator
 * is whichever of comma, semicolon (Excel where the decimal mark is a comma, as in Vietnamese) and
 * tab the header row uses most.
 */
final class CsvRecords {

    private static final char QUOTE = '"';

    private CsvRecords() {}

    static List<CsvRecord> parse(String text) {
        char separator = separatorOf(text);
        List<CsvRecord> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int openedOnRow = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    cell.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == QUOTE && cell.isEmpty()) {
                quoted = true;
                openedOnRow = records.size() + 1;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new CsvRecord(records.size() + 1, cells));
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new NotImportable(
                    NotImportable.Reason.MALFORMED, "A quoted cell opened on row " + openedOnRow + " is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new CsvRecord(records.size() + 1, cells));
        }
        return records;
    }

    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
