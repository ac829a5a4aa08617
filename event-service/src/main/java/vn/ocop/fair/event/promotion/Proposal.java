package vn.ocop.fair.event.promotion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.ocop.fair.event.fair.Fair;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.event.programme.Activity;

/**
 * A promotion as the organiser proposes it, before the fair's rules made it a {@link Promotion}.
 * A FLASH_DEAL takes its window (and product scope) from its livestream; the others state theirs.
 */
public record Proposal(
        String name,
        PromotionKind kind,
        ScopeType scopeType,
        List<String> scopeValues,
        Integer percentOff,
        Long amountOffVnd,
        Instant validFrom,
        Instant validUntil,
        Promotion.Voucher voucher,
        Promotion.FlashDeal flashDeal) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    public Proposal {
        scopeValues = scopeValues == null ? List.of() : List.copyOf(scopeValues);
    }

    /**
     * The promotion these terms make at {@code fair}, as announced (version 1).
     *
     * @param livestream the activity a FLASH_DEAL names, or null (not found, or not a flash deal)
     */
    Promotion promotion(String id, Fair fair, Activity livestream) {
        if (name == null || name.isBlank()) {
            throw new PromotionRefusals.InvalidPromotion("A promotion needs a name");
        }
        if (kind == null) {
            throw new PromotionRefusals.InvalidPromotion("A promotion needs a kind");
        }
        return switch (kind) {
            case PERCENTAGE -> {
                requirePercent();
                forbid(amountOffVnd, "amountOffVnd", "a PERCENTAGE promotion");
                yield announced(id, fair, scope(), percentOff, null, validFrom, validUntil, null, null);
            }
            case FIXED_AMOUNT -> {
                requireAmount();
                forbid(percentOff, "percentOff", "a FIXED_AMOUNT promotion");
                yield announced(id, fair, scope(), null, amountOffVnd, validFrom, validUntil, null, null);
            }
            case VOUCHER -> {
                if ((percentOff == null) == (amountOffVnd == null)) {
                    throw new PromotionRefusals.InvalidPromotion(
                            "A VOUCHER takes either percentOff or amountOffVnd (per order)");
                }
                if (percentOff != null) {
                    requirePercent();
                } else {
                    requireAmount();
                }
                yield announced(
                        id, fair, scope(), percentOff, amountOffVnd, validFrom, validUntil, checkedVoucher(), null);
            }
            case FLASH_DEAL -> flashDeal(id, fair, livestream);
        };
    }

    private Promotion flashDeal(String id, Fair fair, Activity livestream) {
        forbid(percentOff, "percentOff", "a FLASH_DEAL");
        forbid(amountOffVnd, "amountOffVnd", "a FLASH_DEAL");
        Promotion.FlashDeal deal = flashDeal;
        if (deal == null || deal.activityId() == null || deal.productId() == null) {
            throw new PromotionRefusals.InvalidPromotion(
                    "A FLASH_DEAL needs flashDeal.activityId and flashDeal.productId");
        }
        if (livestream == null || !livestream.broadcastsLive()) {
            throw new PromotionRefusals.InvalidPromotion(
                    "A flash deal is tied to a LIVESTREAM of the same fair; " + deal.activityId() + " is not one");
        }
        if (!livestream.productIds().contains(deal.productId())) {
            throw new PromotionRefusals.InvalidPromotion(
                    "Product " + deal.productId() + " is not featured in livestream '" + livestream.title() + "'");
        }
        if (deal.gift() ? deal.dealPriceVnd() != 0 : deal.dealPriceVnd() <= 0) {
            throw new PromotionRefusals.InvalidPromotion(
                    "dealPriceVnd must be more than 0 đồng; only a gift (gift: true) has price 0");
        }
        if (deal.units() < 1 || deal.perBuyerCap() < 1 || deal.perBuyerCap() > deal.units()) {
            throw new PromotionRefusals.InvalidPromotion("A flash deal needs units ≥ 1 and 1 ≤ perBuyerCap ≤ units");
        }
        return announced(
                id,
                fair,
                new Promotion.Scope(ScopeType.PRODUCTS.name(), List.of(deal.productId())),
                null,
                null,
                livestream.startsAt(),
                livestream.endsAt(),
                null,
                deal);
    }

    private Promotion announced(
            String id,
            Fair fair,
            Promotion.Scope scope,
            Integer percent,
            Long amount,
            Instant from,
            Instant until,
            Promotion.Voucher voucherTerms,
            Promotion.FlashDeal deal) {
        if (from == null || until == null || !from.isBefore(until)) {
            throw new PromotionRefusals.InvalidPromotion("A promotion needs validFrom before validUntil");
        }
        Instant opening = fair.plan().firstOpening();
        Instant closing = fair.plan().lastClosing();
        if (opening == null || from.isBefore(opening) || until.isAfter(closing)) {
            throw new PromotionRefusals.InvalidPromotion(
                    "The validity window %s to %s must lie inside the fair (%s to %s)"
                            .formatted(from, until, opening, closing));
        }
        return new Promotion(id, 1, name.strip(), kind.name(), scope, percent, amount, from, until, voucherTerms, deal);
    }

    private Promotion.Scope scope() {
        ScopeType type = scopeType == null ? ScopeType.FAIR : scopeType;
        if (type == ScopeType.FAIR) {
            if (!scopeValues.isEmpty()) {
                throw new PromotionRefusals.InvalidPromotion("A FAIR scope names no values");
            }
            return new Promotion.Scope(type.name(), List.of());
        }
        if (scopeValues.isEmpty()) {
            throw new PromotionRefusals.InvalidPromotion("A " + type + " scope names at least one value");
        }
        if (type == ScopeType.GROUP) {
            for (String group : scopeValues) {
                try {
                    OcopGroup.valueOf(group);
                } catch (IllegalArgumentException e) {
                    throw new PromotionRefusals.InvalidPromotion(
                            group + " is not an OCOP group (FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM)");
                }
            }
        }
        return new Promotion.Scope(type.name(), scopeValues.stream().distinct().toList());
    }

    private Promotion.Voucher checkedVoucher() {
        if (voucher == null || voucher.code() == null) {
            throw new PromotionRefusals.InvalidPromotion("A VOUCHER needs voucher.code and its limits");
        }
        String code = voucher.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new PromotionRefusals.InvalidPromotion("A voucher code is 3 to 32 letters, digits or dashes");
        }
        if (voucher.totalUses() < 1
                || voucher.usesPerCustomer() < 1
                || voucher.usesPerCustomer() > voucher.totalUses()) {
            throw new PromotionRefusals.InvalidPromotion(
                    "A voucher needs totalUses ≥ 1 and 1 ≤ usesPerCustomer ≤ totalUses");
        }
        if (voucher.minimumOrderVnd() < 0) {
            throw new PromotionRefusals.InvalidPromotion("minimumOrderVnd cannot be negative");
        }
        return new Promotion.Voucher(
                code,
                voucher.totalUses(),
                voucher.usesPerCustomer(),
                voucher.minimumOrderVnd(),
                voucher.combinesWithPromotions());
    }

    private void requirePercent() {
        if (percentOff == null || percentOff < 1 || percentOff > 90) {
            throw new PromotionRefusals.InvalidPromotion("percentOff must be between 1 and 90");
        }
    }

    private void requireAmount() {
        if (amountOffVnd == null || amountOffVnd < 1) {
            throw new PromotionRefusals.InvalidPromotion("amountOffVnd must be at least 1 đồng");
        }
    }

    private static void forbid(Object value, String field, String what) {
        if (value != null) {
            throw new PromotionRefusals.InvalidPromotion(what + " takes no " + field);
        }
    }
}
