package vn.ocop.fair.order.ordering.placing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.MongoCommands;

/**
 * The database round trips of placing an order, counted on the wire (README "Round trips per
 * order"): the relay's publication of OrderPlaced comes on top, on its own thread.
 */
class PlacingRoundTripsTest extends OrderServiceTest {

    @Autowired
    OrderPlacement placement;

    @Test
    void placesAPickupAtAFairInSixRoundTripsAndAnswersARepeatInThree() {
        String fair = readModels.openFair();
        String tea = readModels.product("htx-che-ba-vi", "FOOD", 120_000);
        readModels.booth(fair, "A-07", "htx-che-ba-vi", tea);
        OrderRequest pickup = json.readValue(OrderApi.pickup(fair, tea, 1), OrderRequest.class);
        String key = UUID.randomUUID().toString();

        List<String> placing = counted(() -> placement.place("khach-trips-1", key, pickup));
        List<String> repeat = counted(() -> placement.place("khach-trips-1", key, pickup));

        assertThat(placing)
                .containsExactly(
                        "insert idempotency_keys",
                        "find fairs",
                        "find catalog_products",
                        "find promotions",
                        "find booth_products",
                        "insert orders");
        assertThat(repeat).containsExactly("insert idempotency_keys", "find idempotency_keys", "find orders");
    }

    @Test
    void placesADeliveryOutsideAnyFairInThreeRoundTrips() {
        String silk = readModels.product("htx-lua-van-phuc", "HANDICRAFT", 450_000);
        OrderRequest delivery = json.readValue(OrderApi.delivery(null, silk, 1), OrderRequest.class);

        assertThat(counted(
                        () -> placement.place("khach-trips-2", UUID.randomUUID().toString(), delivery)))
                .containsExactly("insert idempotency_keys", "find catalog_products", "insert orders");
    }

    private static List<String> counted(Runnable work) {
        MongoCommands.record();
        work.run();
        return MongoCommands.recorded();
    }
}
