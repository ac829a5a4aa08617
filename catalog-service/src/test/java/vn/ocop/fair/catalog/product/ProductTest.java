package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.catalog.product.events.ProductListed;

class ProductTest {

    static final Instant NOW = Instant.parse("2026-05-21T02:00:00Z");

    static ProductDetails silkScarf(int stars) {
        return new ProductDetails(
                "Khăn lụa tơ tằm Vạn Phúc",
                "Lụa Hà Đông",
                OcopGroup.HANDICRAFT,
                stars,
                450_000,
                "chiếc",
                "htx-lua-van-phuc");
    }

    @Test
    void listingACertifiedProductRaisesProductListedWithItsSnapshot() {
        Product product = Product.list(silkScarf(5), NOW);

        assertThat(product.status()).isEqualTo(ProductStatus.LISTED);
        assertThat(product.version()).isEqualTo(1);
        assertThat(product.raisedEvents()).singleElement().isInstanceOfSatisfying(ProductListed.class, e -> {
            assertThat(e.productId()).isEqualTo(product.id().value());
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.occurredAt()).isEqualTo(NOW);
            assertThat(e.product().name()).isEqualTo("Khăn lụa tơ tằm Vạn Phúc");
            assertThat(e.product().group()).isEqualTo("HANDICRAFT");
            assertThat(e.product().status()).isEqualTo("LISTED");
            assertThat(e.cloudEventType()).isEqualTo("vn.ocop.fair.catalog.ProductListed.v1");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 6})
    void refusesToListAProductThatIsNotOcopCertified(int stars) {
        assertThatThrownBy(() -> Product.list(silkScarf(stars), NOW))
                .isInstanceOf(NotOcopCertified.class)
                .hasMessageContaining(stars + " stars");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void listsProductsRatedThreeToFiveStars(int stars) {
        assertThat(Product.list(silkScarf(stars), NOW).details().stars()).isEqualTo(stars);
    }
}
