package vn.ocop.fair.order.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.order.pricing.PromotionTerms;
import vn.ocop.fair.order.support.OrderIntegrationTest;

/**
 * Voucher uses over the real wire server: the counters are created by the first use, so customers
 * racing for a new voucher's first uses all count, and never more than its uses are taken.
 */
@OrderIntegrationTest
class VoucherUsesTest {

    @Autowired
    VoucherUses vouchers;

    @Test
    void customersRacingForTheFirstUsesOfANewVoucherGetExactlyItsUses() throws Exception {
        PromotionTerms voucher = voucher(20, 1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String customer = "khach-voucher-" + i;
                taken.add(pool.submit(() -> {
                    start.await();
                    return vouchers.take(voucher, customer);
                }));
            }
            start.countDown();
            int uses = 0;
            for (Future<Boolean> use : taken) {
                uses += use.get() ? 1 : 0;
            }

            assertThat(uses).isEqualTo(20);
            assertThat(vouchers.take(voucher, "khach-voucher-late")).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCustomerUsesAVoucherUpToTheirShareAndAGivenBackUseCanBeTakenAgain() {
        PromotionTerms voucher = voucher(100, 2);

        assertThat(vouchers.take(voucher, "khach-voucher-a")).isTrue();
        assertThat(vouchers.take(voucher, "khach-voucher-a")).isTrue();
        assertThat(vouchers.take(voucher, "khach-voucher-a")).isFalse();
        vouchers.giveBack(voucher.id(), "khach-voucher-a");

        assertThat(vouchers.take(voucher, "khach-voucher-a")).isTrue();
    }

    private static PromotionTerms voucher(int totalUses, int usesPerCustomer) {
        Instant now = Instant.now();
        return new PromotionTerms(
                UUID.randomUUID().toString(),
                "fair-voucher-test",
                "VOUCHER",
                "FAIR",
                List.of(),
                10,
                null,
                now.minusSeconds(3600),
                now.plusSeconds(3600),
                new PromotionTerms.Voucher("HANOI10", totalUses, usesPerCustomer, 0, true),
                null,
                false);
    }
}
