package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.catalog.product.events.ProductDelisted;
import vn.ocop.fair.catalog.product.events.ProductListed;
import vn.ocop.fair.catalog.product.events.ProductUpdated;

class ProductTest {

    static final Instant NOW = Instant.parse("2026-05-21T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-05-21");
    static final Certificate CERTIFIED_LAST_YEAR =
            new Certificate("1521/QĐ-UBND", "UBND TP Hà Nội", LocalDate.parse("2025-05-21"), null);

    /** As loaded again: no events pending. */
    static Product stored(Product p) {
        return new Product(
                p.id(),
                p.producerId(),
                p.version(),
                p.details(),
                p.status(),
                p.createdAt(),
                p.changedAt(),
                p.expiryNotices(),
                List.of());
    }

    static ProductDetails silkScarf(int stars, Certificate certificate) {
        return new ProductDetails(
                "Khăn lụa tơ tằm Vạn Phúc",
                "Lụa Hà Đông",
                OcopGroup.HANDICRAFT,
                stars,
                450_000,
                "chiếc",
                List.of(),
                certificate);
    }

    static Product draft(ProductDetails details) {
        return Product.draft(new ProductId("p-1"), "htx-lua-van-phuc", details, NOW);
    }

    @Test
    void aDraftRaisesNothing() {
        Product product = draft(silkScarf(5, null));

        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.raisedEvents()).isEmpty();
    }

    @Test
    void listingACertifiedProductRaisesProductListedWithItsSnapshot() {
        Product product = draft(silkScarf(5, CERTIFIED_LAST_YEAR)).list(TODAY, NOW);

        assertThat(product.status()).isEqualTo(ProductStatus.LISTED);
        assertThat(product.version()).isEqualTo(2);
        assertThat(product.raisedEvents()).singleElement().isInstanceOfSatisfying(ProductListed.class, e -> {
            assertThat(e.productId()).isEqualTo("p-1");
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.product().producerId()).isEqualTo("htx-lua-van-phuc");
            assertThat(e.product().status()).isEqualTo("LISTED");
            assertThat(e.product().certificate().expiresOn()).isEqualTo(LocalDate.parse("2028-05-21"));
            assertThat(e.cloudEventType()).isEqualTo("vn.ocop.fair.catalog.ProductListed.v1");
        });
    }

    @Test
    void listingTwiceChangesNothing() {
        Product listed = draft(silkScarf(5, CERTIFIED_LAST_YEAR)).list(TODAY, NOW);

        assertThat(listed.list(TODAY, NOW)).isSameAs(listed);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 6})
    void refusesToListAProductThatIsNotOcopCertified(int stars) {
        assertThatThrownBy(() -> draft(silkScarf(stars, CERTIFIED_LAST_YEAR)).list(TODAY, NOW))
                .isInstanceOfSatisfying(
                        NotListable.class, e -> assertThat(e.reason()).isEqualTo(NotListable.Reason.NOT_OCOP_CERTIFIED))
                .hasMessageContaining(stars + " stars");
    }

    @Test
    void refusesToListWithoutCertificate() {
        assertThatThrownBy(() -> draft(silkScarf(4, null)).list(TODAY, NOW))
                .isInstanceOfSatisfying(
                        NotListable.class,
                        e -> assertThat(e.reason()).isEqualTo(NotListable.Reason.CERTIFICATE_MISSING));
    }

    @Test
    void aCertificateIsValidForThirtySixMonthsFromItsIssueDay() {
        Certificate certificate = new Certificate("1/QĐ", "UBND", LocalDate.parse("2023-05-21"), null);

        assertThat(certificate.expiresOn()).isEqualTo(LocalDate.parse("2026-05-21"));
        assertThat(certificate.validOn(LocalDate.parse("2023-05-21"))).isTrue();
        assertThat(certificate.validOn(LocalDate.parse("2026-05-20"))).isTrue();
        assertThat(certificate.validOn(LocalDate.parse("2026-05-21"))).isFalse();
        assertThat(certificate.validOn(LocalDate.parse("2023-05-20"))).isFalse();
    }

    @Test
    void refusesToListWithALapsedCertificate() {
        Certificate lapsed = new Certificate("1/QĐ", "UBND", LocalDate.parse("2023-05-21"), null);

        assertThatThrownBy(() -> draft(silkScarf(4, lapsed)).list(TODAY, NOW))
                .isInstanceOfSatisfying(
                        NotListable.class,
                        e -> assertThat(e.reason()).isEqualTo(NotListable.Reason.CERTIFICATE_NOT_VALID))
                .hasMessageContaining("2026-05-20");
    }

    @Test
    void updatingAListedProductRaisesProductUpdatedButItMustStayListable() {
        Product listed = draft(silkScarf(5, CERTIFIED_LAST_YEAR)).list(TODAY, NOW);
        Product fresh = stored(listed);

        Product updated = fresh.update(silkScarf(4, CERTIFIED_LAST_YEAR), TODAY, NOW);

        assertThat(updated.version()).isEqualTo(3);
        assertThat(updated.raisedEvents()).singleElement().isInstanceOf(ProductUpdated.class);
        assertThatThrownBy(() -> fresh.update(silkScarf(2, CERTIFIED_LAST_YEAR), TODAY, NOW))
                .isInstanceOf(NotListable.class);
    }

    @Test
    void updatingWithTheSameDetailsChangesNothing() {
        Product listed = draft(silkScarf(5, CERTIFIED_LAST_YEAR)).list(TODAY, NOW);

        assertThat(listed.update(silkScarf(5, CERTIFIED_LAST_YEAR), TODAY, NOW)).isSameAs(listed);
    }

    @Test
    void updatingADraftRaisesNothing() {
        assertThat(draft(silkScarf(2, null))
                        .update(silkScarf(1, null), TODAY, NOW)
                        .raisedEvents())
                .isEmpty();
    }

    @Test
    void delistingRaisesProductDelistedOnceWithItsReason() {
        Product delisted =
                draft(silkScarf(5, CERTIFIED_LAST_YEAR)).list(TODAY, NOW).delist("Giấy chứng nhận hết hạn", NOW);

        assertThat(delisted.status()).isEqualTo(ProductStatus.DELISTED);
        assertThat(delisted.raisedEvents())
                .last()
                .isInstanceOfSatisfying(
                        ProductDelisted.class, e -> assertThat(e.reason()).isEqualTo("Giấy chứng nhận hết hạn"));
        assertThat(delisted.delist("again", NOW)).isSameAs(delisted);
    }

    @Test
    void foldsVietnameseForSearch() {
        assertThat(SearchText.fold("Lụa Vạn Phúc")).isEqualTo("lua van phuc");
        assertThat(SearchText.fold("LUA VAN PHUC")).isEqualTo("lua van phuc");
        assertThat(SearchText.fold("Đường phèn Đan Phượng")).isEqualTo("duong phen dan phuong");
        assertThat(SearchText.fold("  Gốm   sứ, Bát-Tràng ")).isEqualTo("gom su bat trang");
    }
}
