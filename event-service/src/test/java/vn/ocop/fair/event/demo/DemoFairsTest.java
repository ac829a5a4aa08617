package vn.ocop.fair.event.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.event.product.CatalogProducts;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * The local run's demo data, switched on as the {@code local} profile does, in a context of its
 * own (its own database; it does not consume the shared broker's product events): nothing until
 * the exhibitors' products are in the read model, then the four demo fairs.
 */
@SpringBootTest(
        properties = {
            "ocop.event.demo-data=true",
            "ocop.event.database=fairs-demo-test",
            "ocop.event.fairs.scheduler-interval=1h",
            "ocop.event.fairs.metrics-refresh=1h",
            "spring.cloud.stream.bindings.productEvents-in-0.group=event-service-demo-test",
            "spring.cloud.stream.bindings.productEvents-in-0.consumer.auto-startup=false"
        })
@UsesSharedInfrastructure
class DemoFairsTest {

    @Autowired
    MongoDatabase eventDatabase;

    @Autowired
    CatalogProducts products;

    @Test
    void setsUpTheDemoFairsOnceTheExhibitorsProductsHaveArrived() {
        assertThat(fairs()).as("no products yet").isZero();

        List<String> exhibitors = new ArrayList<>(DemoExhibitors.EXHIBITORS.keySet());
        for (int i = 0; i < exhibitors.size(); i++) {
            String producer = exhibitors.get(i);
            String name = producer.equals("htx-lua-van-phuc") ? "Khăn lụa tơ tằm Vạn Phúc" : "Sản phẩm " + producer;
            products.apply(new CatalogProduct(
                    "demo-p-" + i,
                    1,
                    name,
                    producer,
                    "HTX " + producer,
                    "Hà Nội",
                    5,
                    CatalogProduct.LISTED,
                    LocalDate.now().plusYears(2),
                    null));
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(fairs()).isEqualTo(4));
        String tradeWeek = idOf(DemoFairs.TRADE_WEEK);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(statusOf(DemoFairs.TRADE_WEEK)).isEqualTo("OPEN"));
        assertThat(eventDatabase
                        .getCollection("applications")
                        .countDocuments(Filters.and(Filters.eq("fairId", tradeWeek), Filters.eq("status", "APPROVED"))))
                .isEqualTo(exhibitors.size());
        assertThat(eventDatabase
                        .getCollection("booth_assignments")
                        .find(Filters.eq("_id", tradeWeek))
                        .first()
                        .getList("assignments", Document.class))
                .hasSize(exhibitors.size());
        assertThat(eventDatabase.getCollection("promotions").countDocuments(Filters.eq("fairId", tradeWeek)))
                .isEqualTo(2);
        assertThat(statusOf(DemoFairs.SHOWCASE)).isEqualTo("PUBLISHED");
        assertThat(statusOf(DemoFairs.DELTA_FAIR)).isEqualTo("DRAFT");
        assertThat(eventDatabase
                        .getCollection("promotions")
                        .countDocuments(Filters.eq("fairId", idOf(DemoFairs.LIVESTREAM))))
                .as("the livestream's flash deal")
                .isEqualTo(1);
    }

    long fairs() {
        return eventDatabase.getCollection("fairs").countDocuments();
    }

    String idOf(String name) {
        return fairNamed(name).getString("_id");
    }

    String statusOf(String name) {
        return fairNamed(name).getString("status");
    }

    private Document fairNamed(String name) {
        return eventDatabase
                .getCollection("fairs")
                .find(Filters.eq("name", name))
                .first();
    }
}
