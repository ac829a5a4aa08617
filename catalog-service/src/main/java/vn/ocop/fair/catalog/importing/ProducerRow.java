package vn.ocop.fair.catalog.importing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.ProducerType;

/**
 * What a row says about its producer. Optional cells left blank say nothing: they neither conflict
 * with another row of the same producer nor clear what the catalogue already knows.
 *
 * @param type null when the row does not say
 */
record ProducerRow(
        String id,
        String name,
        ProducerType type,
        String commune,
        String province,
        String legacyDistrict,
        String craftVillage,
        String phone,
        String email) {

    private static final Map<Column, Function<ProducerRow, Object>> FIELDS = fields();

    /** The first column in which {@code other} says something different from this row, if any. */
    Optional<Column> conflictWith(ProducerRow other) {
        return FIELDS.entrySet().stream()
                .filter(f -> {
                    Object mine = f.getValue().apply(this);
                    Object theirs = f.getValue().apply(other);
                    return mine != null && theirs != null && !mine.equals(theirs);
                })
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** This row, with the blanks filled from a later row of the same producer. */
    ProducerRow filledFrom(ProducerRow later) {
        return new ProducerRow(
                id,
                name,
                or(type, later.type),
                commune,
                province,
                or(legacyDistrict, later.legacyDistrict),
                or(craftVillage, later.craftVillage),
                or(phone, later.phone),
                or(email, later.email));
    }

    /** The producer to register: what the file says, over what the catalogue knows. */
    Producer toProducer(Optional<Producer> stored, Instant now) {
        return new Producer(
                id,
                name,
                type != null ? type : stored.map(Producer::type).orElseGet(() -> Vocabulary.typeFromName(name)),
                commune,
                province,
                or(legacyDistrict, stored.map(Producer::legacyDistrict).orElse(null)),
                or(craftVillage, stored.map(Producer::craftVillage).orElse(null)),
                or(phone, stored.map(Producer::phone).orElse(null)),
                or(email, stored.map(Producer::email).orElse(null)),
                now);
    }

    /** Whether two registrations say the same, whenever they were made. */
    static boolean sameProducer(Producer a, Producer b) {
        return a.id().equals(b.id())
                && a.name().equals(b.name())
                && a.type() == b.type()
                && a.commune().equals(b.commune())
                && a.province().equals(b.province())
                && Objects.equals(a.legacyDistrict(), b.legacyDistrict())
                && Objects.equals(a.craftVillage(), b.craftVillage())
                && Objects.equals(a.phone(), b.phone())
                && Objects.equals(a.email(), b.email());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Map<Column, Function<ProducerRow, Object>> fields() {
        Map<Column, Function<ProducerRow, Object>> fields = new LinkedHashMap<>();
        fields.put(Column.PRODUCER_NAME, ProducerRow::name);
        fields.put(Column.PRODUCER_TYPE, ProducerRow::type);
        fields.put(Column.COMMUNE, ProducerRow::commune);
        fields.put(Column.PROVINCE, ProducerRow::province);
        fields.put(Column.LEGACY_DISTRICT, ProducerRow::legacyDistrict);
        fields.put(Column.CRAFT_VILLAGE, ProducerRow::craftVillage);
        fields.put(Column.PHONE, ProducerRow::phone);
        fields.put(Column.EMAIL, ProducerRow::email);
        return fields;
    }
}
