package vn.ocop.fair.catalog.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ocop.fair.catalog.producer.ProducerType;
import vn.ocop.fair.catalog.product.Certificate;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.SearchText;

/**
 * Reads the rows of a certified list: the shape of each cell (the same limits as the HTTP API); what
 * a product may be (stars, certificate validity) is the catalogue's to judge.
 */
final class RowReader {

    /** The same slugs {@code PUT /api/catalog/producers/{id}} accepts. */
    static final Pattern PRODUCER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private final Header header;
    private final LocalDate today;

    RowReader(Header header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /** The row, or empty with its errors added to {@code errors}. */
    Optional<ImportRow> read(CsvRecord record, List<RowError> errors) {
        Cells cells = new Cells(header, record);
        if (record.cells().size() > header.width()
                && !record.cells().subList(header.width(), record.cells().size()).stream()
                        .allMatch(String::isBlank)) {
            cells.rowError("has more cells than the header has columns: quote cells that contain the separator");
        }
        ProducerRow producer = producer(cells);
        ProductRow product = product(cells);
        errors.addAll(cells.errors());
        return cells.errors().isEmpty()
                ? Optional.of(new ImportRow(record.row(), producer, product))
                : Optional.empty();
    }

    private ProducerRow producer(Cells cells) {
        String name = cells.required(Column.PRODUCER_NAME, 200);
        String id = cells.text(Column.PRODUCER_ID, 64);
        if (id == null && name != null) {
            id = slug(name);
            if (!PRODUCER_ID.matcher(id).matches()) {
                cells.error(Column.PRODUCER_NAME, "gives no usable producer id; fill in " + Column.PRODUCER_ID.label());
            }
        } else if (id != null && !PRODUCER_ID.matcher(id).matches()) {
            cells.error(Column.PRODUCER_ID, "\"" + id + "\" is not a lower-case slug such as htx-lua-van-phuc");
        }
        ProducerType type = cells.parsed(
                Column.PRODUCER_TYPE,
                false,
                Vocabulary::producerType,
                "Hợp tác xã, Doanh nghiệp or Hộ sản xuất (COOPERATIVE, ENTERPRISE, HOUSEHOLD)");
        return new ProducerRow(
                id,
                name,
                type,
                cells.required(Column.COMMUNE, 100),
                cells.required(Column.PROVINCE, 100),
                cells.text(Column.LEGACY_DISTRICT, 100),
                cells.text(Column.CRAFT_VILLAGE, 200),
                cells.phone(),
                cells.email());
    }

    private ProductRow product(Cells cells) {
        String name = cells.required(Column.NAME, 200);
        String description = cells.text(Column.DESCRIPTION, 4000);
        OcopGroup group = cells.parsed(
                Column.GROUP,
                true,
                Vocabulary::group,
                "an OCOP group: FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM or its Vietnamese name");
        Integer stars = cells.stars();
        Long price = cells.priceVnd();
        String unit = cells.required(Column.UNIT, 30);
        List<String> images = cells.images();
        Certificate certificate = certificate(cells);
        return new ProductRow(
                name,
                description,
                group,
                stars == null ? 0 : stars,
                price == null ? 0 : price,
                unit,
                images,
                certificate);
    }

    private Certificate certificate(Cells cells) {
        String decision = cells.required(Column.DECISION_NUMBER, 100);
        String body = cells.required(Column.ISSUING_BODY, 200);
        LocalDate issuedOn = cells.date(Column.ISSUED_ON, true);
        LocalDate expiresOn = cells.date(Column.EXPIRES_ON, false);
        if (issuedOn != null && issuedOn.isAfter(today)) {
            cells.error(Column.ISSUED_ON, issuedOn + " is after today (" + today + ")");
        }
        if (issuedOn != null && expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            cells.error(Column.EXPIRES_ON, expiresOn + " does not come after the issue date " + issuedOn);
        }
        return issuedOn == null ? null : new Certificate(decision, body, issuedOn, expiresOn);
    }

    /** "HTX Lụa Vạn Phúc" → "htx-lua-van-phuc". */
    static String slug(String name) {
        String slug = SearchText.fold(name).replace(' ', '-');
        slug = slug.length() > 64 ? slug.substring(0, 64) : slug;
        return slug.replaceAll("-+$", "");
    }
}
