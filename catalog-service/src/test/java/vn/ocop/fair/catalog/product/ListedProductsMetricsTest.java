package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

@CatalogIntegrationTest
class ListedProductsMetricsTest {

    static final Pattern ORNAMENTAL = Pattern.compile(
            "ocop_catalog_products_listed\\{application=\"catalog-service\",group=\"ORNAMENTAL\"} (\\d+)");

    @Autowired
    CatalogApi api;

    @Test
    void countsListedProductsPerOcopGroup() throws Exception {
        api.registerProducer("htx-dao-nhat-tan");
        long before = listedOrnamentals(api);

        String peach =
                CatalogApi.product("htx-dao-nhat-tan", "Đào thế Nhật Tân").replace("HANDICRAFT", "ORNAMENTAL");
        assertThat(api.send(
                                "POST",
                                "/api/catalog/products",
                                peach,
                                TestTokens.shared().organiser())
                        .statusCode())
                .isEqualTo(201);

        assertThat(listedOrnamentals(api)).isEqualTo(before + 1);
    }

    private static long listedOrnamentals(CatalogApi api) throws Exception {
        String metrics = api.send(
                        "GET", "/actuator/prometheus", null, TestTokens.shared().operator())
                .body();
        Matcher m = ORNAMENTAL.matcher(metrics.replace(".0\n", "\n"));
        assertThat(m.find()).as("the ORNAMENTAL gauge is exposed").isTrue();
        return Long.parseLong(m.group(1));
    }
}
