package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.testsupport.TestTokens;

/** The same Idempotency-Key from the same customer gives the same order, however the requests race. */
class IdempotencyTest extends TeaAtAnOpenFair {

    @Test
    void fiftyParallelIdenticalRequestsCreateOneOrder() throws Exception {
        String customer = "khach-idem-" + UUID.randomUUID();
        String token = TestTokens.shared().customer(customer);
        String key = UUID.randomUUID().toString();
        String body = OrderApi.pickup(fair, tea, 2);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.place(token, key, body);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                ids.add(json.readTree(response.body()).get("id").asString());
            }

            assertThat(ids).hasSize(50).containsOnly(ids.get(0));
            assertThat(orders.collection().countDocuments(Filters.eq("customerId", customer)))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithADifferentOrderIsRefused() {
        String token = TestTokens.shared().customer("khach-idem-2");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.place(token, key, OrderApi.pickup(fair, tea, 1));

        HttpResponse<String> again = api.place(token, key, OrderApi.pickup(fair, tea, 1));
        HttpResponse<String> different = api.place(token, key, OrderApi.pickup(fair, tea, 2));
        HttpResponse<String> otherCustomer =
                api.place(TestTokens.shared().customer("khach-idem-3"), key, OrderApi.pickup(fair, tea, 1));

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json.readTree(again.body()).get("id"))
                .isEqualTo(json.readTree(first.body()).get("id"));
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(different.body()).contains("https://ocop-fair.vn/problems/idempotency-key-reused");
        assertThat(otherCustomer.statusCode()).isEqualTo(201);
        assertThat(json.readTree(otherCustomer.body()).get("id"))
                .isNotEqualTo(json.readTree(first.body()).get("id"));
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForACorrectedOne() {
        String token = TestTokens.shared().customer("khach-idem-4");
        String key = UUID.randomUUID().toString();

        assertThat(api.place(token, key, OrderApi.pickup(fair, tea, 0)).statusCode())
                .isEqualTo(422);
        assertThat(api.place(token, key, OrderApi.pickup(fair, tea, 1)).statusCode())
                .isEqualTo(201);
    }
}
