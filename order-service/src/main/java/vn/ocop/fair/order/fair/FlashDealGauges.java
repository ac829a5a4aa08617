package vn.ocop.fair.order.fair;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.allowance.FlashDealClaims;

/** At start-up, the units-left gauge of every flash deal announced before this instance started. */
@Component
class FlashDealGauges implements ApplicationRunner {

    private final Promotions promotions;
    private final FlashDealClaims claims;

    FlashDealGauges(Promotions promotions, FlashDealClaims claims) {
        this.promotions = promotions;
        this.claims = claims;
    }

    @Override
    public void run(ApplicationArguments args) {
        promotions.flashDeals().forEach(claims::announced);
    }
}
