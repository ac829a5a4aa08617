package vn.ocop.fair.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.ocop.fair.catalog.product.OcopGroup;

/** The demo catalogue ({@code demo/catalogue.csv}), read as the import reads it, is a believable Hanoi OCOP list. */
class DemoCatalogueFileTest {

    /** The day the demo data was written for. */
    static final LocalDate WRITTEN_FOR = LocalDate.parse("2026-11-29");

    final List<RowError> errors = new ArrayList<>();
    final List<ImportRow> rows = read();

    @Test
    void holdsAtLeastSixtyProductsOfAtLeastTwentyProducersInAllSixGroups() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().map(r -> r.producer().id()).distinct()).hasSizeGreaterThanOrEqualTo(20);
        Map<OcopGroup, Long> perGroup =
                rows.stream().collect(Collectors.groupingBy(r -> r.product().group(), Collectors.counting()));
        assertThat(perGroup).containsOnlyKeys(OcopGroup.values());
        assertThat(perGroup.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
    }

    @Test
    void everyRowReadsWithoutErrorAndNamesAProductOnce() {
        assertThat(errors).isEmpty();
        assertThat(rows.stream().map(ImportRow::naturalKey).distinct()).hasSameSizeAs(rows);
    }

    @Test
    void everyProducerIsDescribedAlikeOnAllItsRows() {
        Map<String, List<ProducerRow>> byProducer =
                rows.stream().map(ImportRow::producer).collect(Collectors.groupingBy(ProducerRow::id));
        byProducer.forEach((id, described) -> assertThat(described).as(id).allMatch(described.get(0)::equals));
    }

    @Test
    void mixesCooperativesEnterprisesAndHouseholdsOfHanoiCommunesWithTheirFormerDistricts() {
        assertThat(rows.stream().map(r -> r.producer().type()).distinct())
                .containsExactlyInAnyOrder(vn.ocop.fair.catalog.producer.ProducerType.values());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.producer().province()).isEqualTo("Hà Nội");
            assertThat(r.producer().commune()).matches("(Xã|Phường) .+");
            assertThat(r.producer().legacyDistrict()).isNotBlank();
        });
        assertThat(rows.stream().filter(r -> r.producer().craftVillage() != null))
                .hasSizeGreaterThan(rows.size() / 2);
    }

    @Test
    void ratesThreeToFiveStarsWithAFewFiveStarProducts() {
        assertThat(rows).allSatisfy(r -> assertThat(r.product().stars()).isBetween(3, 5));
        assertThat(rows.stream().filter(r -> r.product().stars() == 5)).hasSizeBetween(2, 6);
    }

    @Test
    void certificatesAreValidOnTheDayItWasWrittenForAndAFewExpireWithinNinetyDays() {
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.product().certificate().validOn(WRITTEN_FOR))
                        .as("%s", r.product().certificate())
                        .isTrue());
        assertThat(rows.stream().filter(r -> r.product().certificate().daysLeft(WRITTEN_FOR) <= 30))
                .isNotEmpty();
        assertThat(rows.stream().filter(r -> r.product().certificate().daysLeft(WRITTEN_FOR) <= 90))
                .hasSizeBetween(3, 10);
    }

    @Test
    void pricesAreWholeDongAndUnitsVietnamese() {
        assertThat(rows).allSatisfy(r -> assertThat(r.product().priceVnd()).isBetween(1_000L, 10_000_000L));
        assertThat(rows.stream().map(r -> r.product().unit()).distinct())
                .contains("hộp", "chai", "kg", "chiếc", "bộ", "vé", "chậu");
    }

    private List<ImportRow> read() {
        try (InputStream in = new ClassPathResource("demo/catalogue.csv").getInputStream()) {
            CsvFile file = CsvFile.read(in.readAllBytes(), 1_000);
            RowReader reader = new RowReader(file.header(), WRITTEN_FOR);
            List<ImportRow> read = new ArrayList<>();
            file.rows().forEach(record -> reader.read(record, errors).ifPresent(read::add));
            return read;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
