package vn.ocop.fair.catalog.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which cell of a row holds which column, as the file's header row says. */
final class Header {

    private final Map<Column, Integer> positions;
    private final List<String> names;
    private final List<String> ignored;

    private Header(Map<Column, Integer> positions, List<String> names, List<String> ignored) {
        this.positions = positions;
        this.names = names;
        this.ignored = ignored;
    }

    static Header of(CsvRecord header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> names = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = Cells.clean(header.cells().get(i));
            names.add(name);
            Optional<Column> column = Column.named(name);
            if (column.isPresent() && positions.containsKey(column.get())) {
                throw new NotImportable(
                        NotImportable.Reason.DUPLICATE_COLUMNS,
                        "Columns \"" + names.get(positions.get(column.get())) + "\" and \"" + name + "\" both mean "
                                + column.get().label() + "; keep one");
            }
            column.ifPresentOrElse(c -> positions.put(c, names.size() - 1), () -> {
                if (!name.isEmpty()) {
                    ignored.add(name);
                }
            });
        }
        List<String> missing = Arrays.stream(Column.values())
                .filter(c -> c.required() && !positions.containsKey(c))
                .map(Column::label)
                .toList();
        if (!missing.isEmpty()) {
            List<String> required = Arrays.stream(Column.values())
                    .filter(Column::required)
                    .map(Column::label)
                    .toList();
            throw NotImportable.missingColumns(missing, required);
        }
        return new Header(positions, names, ignored);
    }

    /** The cell of {@code column} in {@code record}, cleaned; empty when the file has no such column or cell. */
    String cell(CsvRecord record, Column column) {
        Integer at = positions.get(column);
        return at == null || at >= record.cells().size()
                ? ""
                : Cells.clean(record.cells().get(at));
    }

    /** The column's name as the file writes it, for error messages. */
    String nameOf(Column column) {
        Integer at = positions.get(column);
        return at == null ? column.label() : names.get(at);
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    int width() {
        return names.size();
    }

    /** Header cells that name no column the import knows. */
    List<String> ignored() {
        return List.copyOf(ignored);
    }
}
