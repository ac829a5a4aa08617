package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.booth.FairTerms;
import vn.ocop.fair.event.product.CatalogProduct;

/** Exhibitor eligibility from the catalogue's product snapshots. */
class EligibilityTest {

    static final LocalDate LAST_DAY = LocalDate.parse("2026-05-25");

    @Test
    void certificateExpiringTheDayAfterTheLastDayIsValidThroughTheFair() {
        assertThat(failures(fair(3, List.of()), product("p-1", "htx-a", 4, "LISTED", LAST_DAY.plusDays(1), "Hà Nội")))
                .isEmpty();
    }

    @Test
    void certificateExpiringOnTheLastDayIsNotValidThroughTheFair() {
        assertThat(failures(fair(3, List.of()), product("p-1", "htx-a", 4, "LISTED", LAST_DAY, "Hà Nội")))
                .extracting(Eligibility.Failure::rule)
                .containsExactly("certificate-expires-during-fair");
    }

    @Test
    void productBelowTheFairsMinimumStarsIsNotEligible() {
        assertThat(failures(fair(4, List.of()), product("p-1", "htx-a", 3, "LISTED", LAST_DAY.plusYears(1), "Hà Nội")))
                .extracting(Eligibility.Failure::rule)
                .containsExactly("stars-below-minimum");
    }

    @Test
    void producerFromAProvinceTheThemeDoesNotAdmitIsNotEligible() {
        FairTerms central = fair(3, List.of("Đà Nẵng", "Gia Lai", "Đắk Lắk"));

        assertThat(failures(central, product("p-1", "htx-a", 4, "LISTED", LAST_DAY.plusYears(1), "Hà Nội")))
                .extracting(Eligibility.Failure::rule)
                .containsExactly("province-not-allowed");
        assertThat(failures(central, product("p-1", "htx-a", 4, "LISTED", LAST_DAY.plusYears(1), "gia lai")))
                .isEmpty();
        assertThat(failures(central, product("p-1", "htx-a", 4, "LISTED", LAST_DAY.plusYears(1), null)))
                .extracting(Eligibility.Failure::rule)
                .containsExactly("province-not-allowed");
    }

    @Test
    void delistedProductIsNotEligible() {
        assertThat(failures(
                        fair(3, List.of()), product("p-1", "htx-a", 4, "DELISTED", LAST_DAY.plusYears(1), "Hà Nội")))
                .extracting(Eligibility.Failure::rule)
                .containsExactly("not-listed");
    }

    @Test
    void unknownProductAndAnotherProducersProductAreNotEligible() {
        CatalogProduct theirs = product("p-2", "htx-b", 4, "LISTED", LAST_DAY.plusYears(1), "Hà Nội");

        List<Eligibility.Failure> failures =
                Eligibility.check(fair(3, List.of()), "htx-a", List.of("p-404", "p-2"), Map.of("p-2", theirs));

        assertThat(failures)
                .extracting(Eligibility.Failure::productId, Eligibility.Failure::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p-404", "unknown-product"),
                        org.assertj.core.groups.Tuple.tuple("p-2", "other-producer"));
    }

    @Test
    void listsEveryRuleEveryProductFails() {
        CatalogProduct bad = product("p-1", "htx-b", 2, "DELISTED", null, "Hà Nội");

        assertThat(Eligibility.check(fair(3, List.of("Huế")), "htx-a", List.of("p-1"), Map.of("p-1", bad)))
                .extracting(Eligibility.Failure::rule)
                .containsExactly(
                        "other-producer",
                        "not-listed",
                        "stars-below-minimum",
                        "no-certificate",
                        "province-not-allowed");
    }

    private static List<Eligibility.Failure> failures(FairTerms fair, CatalogProduct product) {
        return Eligibility.check(fair, "htx-a", List.of(product.productId()), Map.of(product.productId(), product));
    }

    static FairTerms fair(int minimumStars, List<String> provinces) {
        return new FairTerms(
                "f-1",
                "Tuần hàng OCOP Hà Nội",
                "PUBLISHED",
                "so-nong-nghiep-ha-noi",
                ZoneId.of("Asia/Ho_Chi_Minh"),
                LAST_DAY.minusDays(4),
                LAST_DAY,
                LocalTime.of(8, 0),
                LocalTime.of(22, 0),
                minimumStars,
                provinces,
                2);
    }

    static CatalogProduct product(
            String id, String producerId, int stars, String status, LocalDate expiresOn, String province) {
        return new CatalogProduct(
                id, 1, "Sản phẩm " + id, producerId, "HTX " + producerId, province, stars, status, expiresOn, null);
    }
}
