package vn.ocop.fair.event.promotion;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.event.PageView;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.support.security.Caller;

/**
 * A fair's promotions over HTTP: public to read (a draft fair's: organisers only; voucher codes
 * shown to organisers only, since customers get them from the organiser), organisers announce and
 * withdraw.
 */
@RestController
@RequestMapping("/api/fairs/{fairId}/promotions")
class PromotionController {

    private final FairPromotions promotions;

    PromotionController(FairPromotions promotions) {
        this.promotions = promotions;
    }

    record PromotionView(@JsonUnwrapped Promotion promotion, PromotionStatus status, String withdrawnReason) {}

    record Withdrawal(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping
    ResponseEntity<PromotionView> announce(@PathVariable String fairId, @Valid @RequestBody PromotionRequest request) {
        Promotion promotion = promotions.announce(fairId, request.proposal());
        return ResponseEntity.created(URI.create("/api/fairs/" + fairId + "/promotions/" + promotion.id()))
                .body(new PromotionView(promotion, PromotionStatus.ACTIVE, null));
    }

    @GetMapping
    PageView<PromotionView> list(
            @PathVariable String fairId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.orAnonymous(token);
        return PageView.of(page, size, () -> promotions.of(fairId, caller)).map(stored -> view(stored, caller));
    }

    @PostMapping("/{promotionId}/withdrawal")
    PromotionView withdraw(
            @PathVariable String fairId, @PathVariable String promotionId, @Valid @RequestBody Withdrawal withdrawal) {
        return view(promotions.withdraw(fairId, promotionId, withdrawal.reason()), Caller.system("withdrawal"));
    }

    private static PromotionView view(Promotions.Stored stored, Caller caller) {
        Promotion p = stored.promotion();
        if (p.voucher() != null && !caller.isOrganiser()) {
            Promotion.Voucher v = p.voucher();
            p = new Promotion(
                    p.id(),
                    p.version(),
                    p.name(),
                    p.kind(),
                    p.scope(),
                    p.percentOff(),
                    p.amountOffVnd(),
                    p.validFrom(),
                    p.validUntil(),
                    new Promotion.Voucher(
                            null, v.totalUses(), v.usesPerCustomer(), v.minimumOrderVnd(), v.combinesWithPromotions()),
                    p.flashDeal());
        }
        return new PromotionView(p, stored.status(), stored.withdrawnReason());
    }
}
