package vn.ocop.fair.catalog.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.fair.catalog.product.Catalogue.Reconciled;

/** Counts an import's outcomes as it goes and turns them into its report. */
final class Tally {

    static final int MAX_ERRORS = 500;

    private final int rows;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<Integer> rejectedRows = new HashSet<>();
    private int created;
    private int updated;
    private int unchanged;
    private int producersCreated;
    private int producersUpdated;
    private int producersUnchanged;

    Tally(int rows) {
        this.rows = rows;
    }

    void reject(RowError error) {
        errors.add(error);
        rejectedRows.add(error.row());
    }

    void reject(int row, String column, String message) {
        reject(new RowError(row, column, message));
    }

    void count(Reconciled outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    void producer(boolean isNew, boolean changed) {
        if (isNew) {
            producersCreated++;
        } else if (changed) {
            producersUpdated++;
        } else {
            producersUnchanged++;
        }
    }

    ImportReport report(boolean dryRun, List<String> ignoredColumns) {
        List<RowError> listed = errors.stream()
                .sorted(Comparator.comparingInt(RowError::row))
                .limit(MAX_ERRORS)
                .toList();
        return new ImportReport(
                dryRun,
                rows,
                created,
                updated,
                unchanged,
                rejectedRows.size(),
                new ImportReport.ProducerCounts(producersCreated, producersUpdated, producersUnchanged),
                listed,
                errors.size() - listed.size(),
                ignoredColumns);
    }
}
