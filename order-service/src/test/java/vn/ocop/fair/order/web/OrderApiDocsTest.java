package vn.ocop.fair.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.fair.order.support.OrderServiceTest;

/** The OpenAPI document names resources, not the controllers that happen to serve them. */
class OrderApiDocsTest extends OrderServiceTest {

    @Test
    void tagsEveryOrderOperationWithOneResourceTag() {
        JsonNode spec =
                json.readTree(api.getAnonymous("/api/orders/v3/api-docs").body());

        List<String> tags = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api/orders/products")) {
                path.getValue().forEach(operation -> operation.path("tags").forEach(tag -> tags.add(tag.asString())));
            }
        });
        assertThat(tags).isNotEmpty().containsOnly("order");
        assertThat(spec.toString()).doesNotContain("-controller\"");
    }
}
