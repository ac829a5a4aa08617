package vn.ocop.fair.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.ocop.fair.catalog.importing.CatalogImport;
import vn.ocop.fair.catalog.importing.ImportReport;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.support.security.Caller;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * The local profile's start-up: the demo catalogue is imported into a database of its own (so the
 * other tests' data stays apart) on the day it was written for, and importing it again changes
 * nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.catalog.database=catalog-demo-test",
            "ocop.catalog.demo-data=true",
            "ocop.catalog.certificate-watch.cron=-"
        })
@UsesSharedInfrastructure
@Import(DemoCatalogueTest.WrittenFor.class)
class DemoCatalogueTest {

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    CatalogImport imports;

    @Autowired
    vn.ocop.fair.catalog.product.Products productRepository;

    @Autowired
    vn.ocop.fair.catalog.stock.Stocks stockRepository;

    @Autowired
    vn.ocop.fair.catalog.stock.StockManagement stockManagement;

    @Test
    void loadsAtLeastSixtyListedProductsOfAtLeastTwentyProducersInAllSixGroups() {
        var products = catalogDatabase.getCollection("products");
        var listed = products.find(Filters.eq("status", "LISTED")).into(new ArrayList<>());

        assertThat(listed).hasSizeGreaterThanOrEqualTo(60);
        assertThat(products.countDocuments()).isEqualTo(listed.size());
        assertThat(new HashSet<>(
                        listed.stream().map(d -> d.getString("producerId")).toList()))
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(listed.stream().map(d -> d.getString("group")).distinct())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(OcopGroup.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
        assertThat(catalogDatabase.getCollection("producers").countDocuments()).isGreaterThanOrEqualTo(20);
        Document silk =
                products.find(Filters.eq("name", "Khăn lụa tơ tằm Vạn Phúc")).first();
        assertThat(silk).isNotNull();
        assertThat(silk.get("producer", Document.class).getString("commune")).isEqualTo("Phường Hà Đông");
    }

    @Test
    void loadingItAgainChangesNothing() throws Exception {
        ImportReport again = imports.run(DemoCatalogue.read(), false, Caller.system("demo-data"));

        assertThat(again.rejected()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.rows());
        assertThat(again.producers().created() + again.producers().updated()).isZero();
        assertThat(again.producers().unchanged()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void givesEveryListedDemoProductStockOnceAndNotAgainAtTheNextStart() {
        var products = catalogDatabase.getCollection("products");
        var stocks = catalogDatabase.getCollection("stock");
        var listed = products.find(Filters.eq("status", "LISTED")).into(new ArrayList<>());
        long before = stocks.countDocuments();

        int stockedAgain = new DemoStock(productRepository, stockRepository, stockManagement).stockUnstocked();

        assertThat(stockedAgain).isZero();
        assertThat(stocks.countDocuments()).isEqualTo(before);
        for (Document product : listed) {
            String id = product.getString("_id");
            assertThat(stockRepository.find(id))
                    .as("stock of %s", product.getString("name"))
                    .hasValueSatisfying(stock -> assertThat(stock.available())
                            .isEqualTo(DemoStock.units(id))
                            .isBetween(50L, 300L));
        }
    }

    /** 2026-11-29, 09:00 in Hanoi: every demo certificate is valid, a few expire within 90 days. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WrittenFor {

        @Bean
        @Primary
        Clock writtenFor() {
            return Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC);
        }
    }
}
