package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.mongo.OwnDatabase;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.ProducerType;

/**
 * The certificate watch's read, in a database of its own: among a thousand listed products whose
 * certificates have years left, drafts, and one product near expiry stored without the marker, it
 * finds exactly the product whose notice is due, through the sparse unique {@code certificateDue}
 * marker alone; the marker moves on with each step and leaves with the delisting.
 */
@CatalogIntegrationTest
class CertificateDueWorkingSetTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    static final Producer PRODUCER = new Producer(
            "htx-lua-van-phuc",
            "HTX Lụa Vạn Phúc",
            ProducerType.COOPERATIVE,
            "Phường Hà Đông",
            "Thành phố Hà Nội",
            null,
            "Làng lụa Vạn Phúc",
            null,
            null,
            NOW);

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase("catalog-working-set");

    @Autowired
    JsonMapper json;

    Products products;

    @BeforeEach
    void manyProductsOutOfTheWorkingSet() {
        products = new Products(database.get(), json);
        for (int i = 0; i < 1_000; i++) {
            products.add(listed(TODAY.minusMonths(6)), PRODUCER); // 30 months left
        }
        for (int i = 0; i < 50; i++) {
            products.add(draft(TODAY.minusMonths(35)), PRODUCER); // near expiry, but a draft
        }
    }

    @Test
    void findsTheProductWhoseNoticeIsDueThroughItsMarkerAlone() {
        Product due = listed(TODAY.minusMonths(36).plusDays(60)); // 60 days left: the 90-day notice is due
        products.add(due, PRODUCER);
        Product unmarked = listed(TODAY.minusMonths(36).plusDays(10));
        products.add(unmarked, PRODUCER);
        products.collection()
                .updateOne(
                        Filters.eq("_id", unmarked.id().value()),
                        new Document("$unset", new Document(Products.CERTIFICATE_DUE.field(), "")));

        assertThat(products.certificatesDueBy(TODAY)).containsExactly(due.id());
        assertThat(products.certificatesDueBy(TODAY.minusDays(31)))
                .as("not due before its day")
                .isEmpty();
    }

    @Test
    void theMarkerMovesOnWithEachStepAndLeavesWithTheDelisting() {
        Product stored = listed(TODAY.minusMonths(36).plusDays(60));
        products.add(stored, PRODUCER);

        Product noticed = stored.watchCertificate(TODAY, NOW);
        assertThat(products.save(noticed, stored.version(), PRODUCER)).isTrue();
        assertThat(products.certificatesDueBy(TODAY))
                .as("the 90-day notice went out")
                .isEmpty();
        LocalDate expires = stored.details().certificate().expiresOn();
        assertThat(products.certificatesDueBy(expires.minusDays(30))).containsExactly(stored.id());

        Product delisted = products.find(stored.id()).orElseThrow().delist("hết hàng", NOW);
        assertThat(products.save(delisted, noticed.version(), PRODUCER)).isTrue();
        assertThat(products.certificatesDueBy(expires.plusYears(1))).isEmpty();
    }

    private static Product listed(LocalDate issuedOn) {
        return draft(issuedOn).list(TODAY, NOW);
    }

    private static Product draft(LocalDate issuedOn) {
        Certificate certificate = new Certificate("1521/QĐ-UBND", "UBND TP Hà Nội", issuedOn, null);
        return Product.draft(ProductId.next(), PRODUCER.id(), ProductTest.silkScarf(5, certificate), NOW);
    }
}
