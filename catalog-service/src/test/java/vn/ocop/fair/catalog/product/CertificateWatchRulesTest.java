package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.catalog.product.ProductTest.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.catalog.product.events.CertificateExpiring;
import vn.ocop.fair.catalog.product.events.ProductDelisted;

/** The product's own certificate rules, as the daily watch applies them. */
class CertificateWatchRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    static final Certificate CERTIFICATE =
            new Certificate("1521/QĐ-UBND", "UBND TP Hà Nội", LocalDate.parse("2024-04-12"), null);
    static final LocalDate EXPIRES = LocalDate.parse("2027-04-12");

    static Product listed(Certificate certificate) {
        Product listed = Product.draft(
                        new ProductId("p-1"), "htx-lua-van-phuc", ProductTest.silkScarf(5, certificate), NOW)
                .list(certificate.issuedOn(), NOW);
        return stored(listed);
    }

    @Test
    void saysNothingWhileMoreThanNinetyDaysAreLeft() {
        Product product = listed(CERTIFICATE);

        assertThat(product.watchCertificate(EXPIRES.minusDays(91), NOW)).isSameAs(product);
    }

    @Test
    void raisesTheFirstNoticeWhenNinetyDaysAreLeft() {
        Product product = listed(CERTIFICATE);

        Product noticed = product.watchCertificate(EXPIRES.minusDays(90), NOW);

        assertThat(noticed.version()).isEqualTo(product.version() + 1);
        assertThat(noticed.status()).isEqualTo(ProductStatus.LISTED);
        assertThat(noticed.raisedEvents())
                .singleElement()
                .isEqualTo(new CertificateExpiring(
                        "p-1", "htx-lua-van-phuc", "Khăn lụa tơ tằm Vạn Phúc", "1521/QĐ-UBND", EXPIRES, 90, 90, NOW));
        assertThat(noticed.raisedEvents().get(0).topic()).isEqualTo("ocop.catalog.stock.v1");
        assertThat(noticed.raisedEvents().get(0).key()).isEqualTo("p-1");
    }

    @Test
    void raisesEachNoticeOnceThenTheLast() {
        Product first = stored(listed(CERTIFICATE).watchCertificate(EXPIRES.minusDays(90), NOW));

        assertThat(first.watchCertificate(EXPIRES.minusDays(90), NOW)).isSameAs(first);
        assertThat(first.watchCertificate(EXPIRES.minusDays(45), NOW)).isSameAs(first);

        Product last = first.watchCertificate(EXPIRES.minusDays(30), NOW);
        assertThat(last.raisedEvents()).singleElement().isInstanceOfSatisfying(CertificateExpiring.class, e -> {
            assertThat(e.threshold()).isEqualTo(30);
            assertThat(e.daysLeft()).isEqualTo(30);
        });
        Product stored = stored(last);
        assertThat(stored.watchCertificate(EXPIRES.minusDays(30), NOW)).isSameAs(stored);
        assertThat(stored.watchCertificate(EXPIRES.minusDays(1), NOW)).isSameAs(stored);
    }

    @Test
    void raisesOnlyTheLastNoticeWhenFirstWatchedWithinThirtyDays() {
        Product noticed = listed(CERTIFICATE).watchCertificate(EXPIRES.minusDays(12), NOW);

        assertThat(noticed.raisedEvents()).singleElement().isInstanceOfSatisfying(CertificateExpiring.class, e -> {
            assertThat(e.threshold()).isEqualTo(30);
            assertThat(e.daysLeft()).isEqualTo(12);
        });
        Product stored = stored(noticed);
        assertThat(stored.watchCertificate(EXPIRES.minusDays(11), NOW)).isSameAs(stored);
    }

    @Test
    void delistsAListedProductOnTheDayItsCertificateLapses() {
        Product noticed = stored(listed(CERTIFICATE).watchCertificate(EXPIRES.minusDays(3), NOW));

        Product lapsed = noticed.watchCertificate(EXPIRES, NOW);

        assertThat(lapsed.status()).isEqualTo(ProductStatus.DELISTED);
        assertThat(lapsed.raisedEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ProductDelisted.class,
                        e -> assertThat(e.reason()).contains("1521/QĐ-UBND", "2027-04-12", "hết hiệu lực"));
        Product delisted = stored(lapsed);
        assertThat(delisted.watchCertificate(EXPIRES.plusDays(1), NOW)).isSameAs(delisted);
    }

    @Test
    void leavesDraftsAndDelistedProductsAlone() {
        Product draft =
                Product.draft(new ProductId("p-2"), "htx-lua-van-phuc", ProductTest.silkScarf(5, CERTIFICATE), NOW);
        Product delisted = stored(listed(CERTIFICATE).delist("hết hàng", NOW));

        for (LocalDate day : List.of(EXPIRES.minusDays(30), EXPIRES.plusDays(1))) {
            assertThat(draft.watchCertificate(day, NOW)).isSameAs(draft);
            assertThat(delisted.watchCertificate(day, NOW)).isSameAs(delisted);
        }
    }

    @Test
    void aRenewedCertificateGetsItsOwnNotices() {
        Product noticed = stored(listed(CERTIFICATE).watchCertificate(EXPIRES.minusDays(20), NOW));
        Certificate renewed = new Certificate("6120/QĐ-UBND", "UBND TP Hà Nội", EXPIRES.minusDays(20), null);
        Product renewedProduct = stored(noticed.update(ProductTest.silkScarf(5, renewed), EXPIRES.minusDays(20), NOW));

        Product again = renewedProduct.watchCertificate(renewed.expiresOn().minusDays(90), NOW);

        assertThat(again.raisedEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        CertificateExpiring.class,
                        e -> assertThat(e.decisionNumber()).isEqualTo("6120/QĐ-UBND"));
    }

    @Test
    void isDueForTheWatchOnTheDayOfEachNoticeThenOfTheLapseAndNotBefore() {
        Product listed = listed(CERTIFICATE);
        assertThat(listed.certificateWatchDue()).contains(EXPIRES.minusDays(90));
        assertThat(listed.watchCertificate(EXPIRES.minusDays(91), NOW)).isSameAs(listed);

        Product first = stored(listed.watchCertificate(EXPIRES.minusDays(90), NOW));
        assertThat(first.certificateWatchDue()).contains(EXPIRES.minusDays(30));
        assertThat(first.watchCertificate(EXPIRES.minusDays(31), NOW)).isSameAs(first);

        Product last = stored(first.watchCertificate(EXPIRES.minusDays(30), NOW));
        assertThat(last.certificateWatchDue()).contains(EXPIRES);
        assertThat(last.watchCertificate(EXPIRES.minusDays(1), NOW)).isSameAs(last);

        Product delisted = stored(last.watchCertificate(EXPIRES, NOW));
        assertThat(delisted.certificateWatchDue())
                .as("out of the watch's working set")
                .isEmpty();
        assertThat(Product.draft(new ProductId("p-3"), "htx-lua-van-phuc", ProductTest.silkScarf(5, CERTIFICATE), NOW)
                        .certificateWatchDue())
                .isEmpty();
    }

    @Test
    void aCertificateIsNotLapsedBeforeItIsValid() {
        assertThat(CERTIFICATE.lapsedOn(CERTIFICATE.issuedOn().minusDays(1))).isFalse();
        assertThat(CERTIFICATE.noticeDue(CERTIFICATE.issuedOn().minusDays(1))).isEmpty();
        assertThat(CERTIFICATE.lapsedOn(EXPIRES.minusDays(1))).isFalse();
        assertThat(CERTIFICATE.lapsedOn(EXPIRES)).isTrue();
    }
}
