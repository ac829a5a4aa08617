package vn.ocop.fair.catalog.importing;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} would do.
 *
 * @param rows product rows in the file (blank rows not counted)
 * @param created products created, listed
 * @param updated products whose details changed
 * @param unchanged rows that said what the catalogue already says: no new version, no event
 * @param rejected rows not imported; {@code errors} says why
 * @param producers producers registered, changed or left as they were
 * @param errors per row and column, in row order; at most {@value Tally#MAX_ERRORS}
 * @param errorsOmitted errors beyond those listed
 * @param ignoredColumns header cells that name no column the import knows
 */
public record ImportReport(
        boolean dryRun,
        int rows,
        int created,
        int updated,
        int unchanged,
        int rejected,
        ProducerCounts producers,
        List<RowError> errors,
        int errorsOmitted,
        List<String> ignoredColumns) {

    public record ProducerCounts(int created, int updated, int unchanged) {}
}
